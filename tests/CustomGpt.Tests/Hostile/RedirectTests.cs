using static CustomGpt.Tests.Hostile.HostileCalls;

namespace CustomGpt.Tests.Hostile;

/// <summary>
/// Item 6: the SDK follows redirects of reads only; the key goes along to the API's own host and
/// never elsewhere; a retry starts again from the URL the call named.
/// </summary>
public class RedirectTests
{
    static readonly TimeSpan Within = TimeSpan.FromSeconds(5);
    const string Moved = "/api/v1/projects/1/moved";

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    public async Task A_post_answered_with_a_redirect_is_not_followed_and_names_the_Location(int status)
    {
        await using var server = new HostileServer(exchange => exchange.Request.Method == "POST"
            ? exchange.RespondAsync(status, "", "text/html", $"Location: {Moved}")
            : exchange.RespondAsync(200, SuccessJson));
        using var client = Client(server);
        var outcome = await Outcome.OfAsync(() => CreateAsync(client), Within);
        var e = outcome.Threw<CustomGptRedirectException>(Within);
        Assert.Equal(status, e.StatusCode);
        Assert.Equal(Moved, e.Location?.OriginalString);
        Assert.Contains(Moved, e.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_post_redirected_by_the_callers_own_HttpClient_is_not_reported_as_a_success()
    {
        await using var server = new HostileServer(exchange => exchange.Request.Method == "POST"
            ? exchange.RespondAsync(302, "", "text/html", $"Location: {Moved}")
            : exchange.RespondAsync(200, SuccessJson));
        using var http = new HttpClient(); // follows redirects, as HttpClient does by default
        using var client = Client(server, httpClient: http);
        var outcome = await Outcome.OfAsync(() => CreateAsync(client), Within);
        var e = outcome.Threw<CustomGptRedirectException>(Within);
        Assert.EndsWith(Moved, e.Location?.OriginalString);
    }

    [Fact]
    public async Task A_read_redirected_on_the_same_host_keeps_the_key()
    {
        await using var server = new HostileServer(exchange =>
            exchange.Request.Target == ReadPath ? exchange.RespondAsync(301, "", "text/html", $"Location: {Moved}")
            : exchange.Request.Header("Authorization") == $"Bearer {TestKeys.ApiKey}" ? exchange.RespondAsync(200, SuccessJson)
            : exchange.RespondAsync(401, """{"message":"Unauthenticated."}"""));
        using var client = Client(server);
        Assert.Equal(1, await ReadAsync(client));
        Assert.Equal([ReadPath, Moved], server.Requests.Select(r => r.Target));
    }

    [Fact]
    public async Task A_read_redirected_to_another_host_arrives_there_without_the_key()
    {
        await using var elsewhere = new HostileServer(exchange => exchange.RespondAsync(200, SuccessJson));
        await using var server = new HostileServer(exchange =>
            exchange.RespondAsync(302, "", "text/html", $"Location: {new Uri(elsewhere.OtherHostUrl, "stolen")}"));
        using var client = Client(server);
        await ReadAsync(client);
        var arrived = Assert.Single(elsewhere.Requests);
        Assert.Null(arrived.Header("Authorization"));
        Assert.Equal($"Bearer {TestKeys.ApiKey}", Assert.Single(server.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task A_read_redirected_to_another_port_of_the_same_host_arrives_there_without_the_key()
    {
        await using var elsewhere = new HostileServer(exchange => exchange.RespondAsync(200, SuccessJson));
        await using var server = new HostileServer(exchange =>
            exchange.RespondAsync(302, "", "text/html", $"Location: {new Uri(elsewhere.BaseUrl, "stolen")}"));
        using var client = Client(server);
        await ReadAsync(client);
        Assert.Null(Assert.Single(elsewhere.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task A_retry_after_a_redirect_starts_again_from_the_URL_of_the_call()
    {
        await using var server = new HostileServer(exchange => exchange.Request.Target == ReadPath
            ? exchange.RespondAsync(302, "", "text/html", $"Location: {Moved}")
            : exchange.RespondAsync(503, """{"message":"Service Unavailable"}"""));
        using var client = Client(server, o => o.Retry.MaxAttempts = 2);
        var outcome = await Outcome.OfAsync(() => ReadAsync(client), Within);
        outcome.Threw<CustomGptServerException>(Within);
        Assert.Equal([ReadPath, Moved, ReadPath, Moved], server.Requests.Select(r => r.Target));
    }

    [Fact]
    public async Task A_read_redirected_in_a_loop_ends_with_the_redirect()
    {
        await using var server = new HostileServer(exchange =>
            exchange.RespondAsync(302, "", "text/html", $"Location: {ReadPath}?hop={exchange.Number}"));
        using var client = Client(server);
        var outcome = await Outcome.OfAsync(() => ReadAsync(client), Within);
        outcome.Threw<CustomGptRedirectException>(Within);
        Assert.InRange(server.Requests.Count, 2, 11);
    }
}
