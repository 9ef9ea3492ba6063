using System.Net;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CustomGpt.Tests.Reliability;

/// <summary>The key stays with the API host: never in text the SDK produces, never sent elsewhere.</summary>
public class SecretTests
{
    [Fact]
    public async Task A_redirect_to_another_host_arrives_there_without_the_key()
    {
        using var api = WireMockServer.Start();
        using var elsewhere = WireMockServer.Start();
        // Same loopback address, other port: another origin, which the API's host name does not cover.
        var foreign = elsewhere.Url!.Replace("127.0.0.1", "localhost");
        api.Given(Request.Create().WithPath("/api/v1/user").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", $"{foreign}/stolen"));
        elsewhere.Given(Request.Create().WithPath("/stolen").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"status":"success","data":{"id":1}}"""));

        using var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri(api.Url!) });
        await client.Users.GetAsync();

        var arrived = Assert.Single(elsewhere.LogEntries).RequestMessage!;
        Assert.False(arrived.Headers?.ContainsKey("Authorization") ?? false, "the redirected request carried Authorization");
        Assert.Contains($"Bearer {TestKeys.ApiKey}", Assert.Single(api.LogEntries).RequestMessage!.Headers!["Authorization"]);
    }

    [Fact]
    public async Task The_key_is_in_no_text_of_the_client_its_areas_its_options_or_its_errors()
    {
        var options = new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/") };
        var endpoint = new RecordingHandler(HttpStatusCode.Unauthorized, """{"message":"Unauthenticated."}""");
        using var client = new CustomGptClient(options, endpoint.Client());
        var error = await Assert.ThrowsAsync<CustomGptAuthenticationException>(() => client.Users.GetAsync());

        var texts = new List<string?> { client.ToString(), options.ToString(), options.Retry.ToString(), error.ToString(), error.Message, error.ResponseBody };
        texts.AddRange(typeof(CustomGptClient).GetProperties().Select(p => p.GetValue(client)?.ToString()));
        texts.AddRange(error.Headers.SelectMany(h => h.Value));
        Assert.All(texts, text => Assert.DoesNotContain(TestKeys.ApiKey.Split('|')[1], text ?? ""));
    }
}
