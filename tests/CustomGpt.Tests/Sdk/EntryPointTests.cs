using System.Net;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CustomGpt.Tests.Sdk;

[Collection(nameof(EnvironmentVariables))]
public class EntryPointTests
{
    const string AgentEnvelope = """{"status":"success","data":{"id":1,"project_name":"Docs"}}""";

    static void WithEnvironment(string? key, string? baseUrl, Action action) => EnvironmentVariables.With(key, baseUrl, action);

    [Fact]
    public void Without_any_key_construction_fails_saying_how_to_provide_one()
    {
        WithEnvironment(null, null, () =>
        {
            var e = Assert.Throws<InvalidOperationException>(CustomGptClient.FromEnvironment);
            Assert.Contains("CUSTOMGPT_API_KEY", e.Message);
            Assert.Contains("CustomGptClientOptions.ApiKey", e.Message);
        });
    }

    [Fact]
    public async Task With_no_key_given_the_key_and_base_url_come_from_the_environment()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, AgentEnvelope);
        CustomGptClient? client = null;
        WithEnvironment(TestKeys.ApiKey, "https://env.test/", () => client = new CustomGptClient(new CustomGptClientOptions(), endpoint.Client()));

        await client!.Agents.GetAsync(1);

        var request = Assert.Single(endpoint.Requests).Request;
        Assert.Equal("https://env.test/api/v1/projects/1", request.RequestUri!.ToString());
        Assert.Equal($"Bearer {TestKeys.ApiKey}", request.Headers.Authorization!.ToString());
    }

    [Fact]
    public async Task Every_request_names_the_sdk_and_its_version_in_the_user_agent_with_the_callers_suffix()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, AgentEnvelope);
        var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test"), UserAgentSuffix = "billing-job/2.1" }, endpoint.Client());

        await client.Agents.GetAsync(1);

        // A release's version, or a local build's prerelease of it (0.1.0-dev.21, Directory.Build.props).
        Assert.Matches(@"^CustomGpt\.NET/\d+\.\d+\.\d+(-[0-9A-Za-z.]+)? billing-job/2\.1$", string.Join(" ", Assert.Single(endpoint.Requests).Request.Headers.GetValues("User-Agent")));
    }

    [Fact]
    public void The_key_never_appears_in_ToString_of_the_options_the_provider_or_the_client()
    {
        var options = new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test") };
        var client = new CustomGptClient(options, new HttpClient());
        foreach (var text in new[] { options.ToString(), client.ToString(), new Auth.ApiKeyTokenProvider(TestKeys.ApiKey, ["api.test"]).ToString() })
            Assert.DoesNotContain(TestKeys.ApiKey, text);
    }

    [Fact]
    public void Every_area_is_a_property_of_the_entry_point()
    {
        // Every property but the base URL is an API area, typed as its interface.
        var areas = typeof(CustomGptClient).GetProperties().Where(p => p.PropertyType.IsInterface).Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["BaseUrl"], typeof(CustomGptClient).GetProperties().Where(p => !p.PropertyType.IsInterface).Select(p => p.Name));
        Assert.Equal(["AgentSettings", "Agents", "Citations", "Conversations", "Licenses", "Limits", "Messages", "PageMetadata", "Pages", "Plugins", "Reports", "Sources", "Users"], areas);
    }
}

public class AuthTests
{
    const string AgentEnvelope = """{"status":"success","data":{"id":1}}""";

    sealed class RotatingProvider(params string[] hosts) : IAccessTokenProvider
    {
        int _calls;
        public AllowedHostsValidator AllowedHostsValidator { get; } = new(hosts);
        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? context = null, CancellationToken cancellationToken = default) =>
            Task.FromResult($"rotated-{Interlocked.Increment(ref _calls)}");
    }

    [Fact]
    public async Task A_custom_token_provider_supplies_the_token_of_each_request()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, AgentEnvelope);
        var client = new CustomGptClient(new CustomGptClientOptions { TokenProvider = new RotatingProvider("api.test"), BaseUrl = new Uri("https://api.test") }, endpoint.Client());

        await client.Agents.GetAsync(1);
        await client.Limits.GetUsageAsync();

        Assert.Equal(["Bearer rotated-1", "Bearer rotated-2"], endpoint.Requests.Select(r => r.Request.Headers.Authorization!.ToString()));
    }

    [Fact]
    public async Task No_token_reaches_a_host_the_validator_does_not_allow()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, AgentEnvelope);
        // The key's provider allows api.test only; the requests go to another host.
        var client = new CustomGptClient(new CustomGptClientOptions
        {
            TokenProvider = new Auth.ApiKeyTokenProvider(TestKeys.ApiKey, ["api.test"]), BaseUrl = new Uri("https://elsewhere.test/"),
        }, endpoint.Client());

        await client.Agents.GetAsync(1);

        var request = Assert.Single(endpoint.Requests).Request;
        Assert.Equal("elsewhere.test", request.RequestUri!.Host);
        Assert.Null(request.Headers.Authorization);
    }

    [Fact]
    public async Task No_token_is_sent_over_plain_http_to_a_host_that_is_not_loopback()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, AgentEnvelope);
        var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("http://api.test") }, endpoint.Client());

        await client.Agents.GetAsync(1);

        Assert.Null(Assert.Single(endpoint.Requests).Request.Headers.Authorization);
    }
}
