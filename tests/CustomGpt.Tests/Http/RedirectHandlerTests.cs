using System.Net;
using System.Text;
using CustomGpt.Http;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CustomGpt.Tests.Http;

/// <summary>Which redirects a read follows, how far, and what each hop carries.</summary>
public class RedirectHandlerTests
{
    const string AgentJson = """{"status":"success","data":{"id":7}}""";

    /// <summary>Answers each request with what <paramref name="answer"/> makes of it, and keeps the requests.</summary>
    sealed class Server(Func<HttpRequestMessage, int, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public List<(Uri Url, string? UserAgent, string? Accept, string? Authorization, string? Operation)> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request.RequestUri!, Header(request, "User-Agent"), Header(request, "Accept"), Header(request, "Authorization"), RequestInfo.GetOperationId(request)));
            var response = answer(request, Requests.Count - 1);
            response.RequestMessage ??= request;
            return Task.FromResult(response);
        }

        static string? Header(HttpRequestMessage request, string name) =>
            request.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
    }

    /// <summary>A body that records whether it was disposed.</summary>
    sealed class TrackedContent() : StringContent("{}")
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    /// <summary>The key for the first call, then a token that is not a valid header value.</summary>
    sealed class GoodThenBadTokens : IAccessTokenProvider
    {
        int _calls;

        public AllowedHostsValidator AllowedHostsValidator { get; } = new(["api.test"]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(_calls++ == 0 ? TestKeys.ApiKey : "bad\ntoken");
    }

    static CustomGptClient Client(HttpMessageHandler server, string baseUrl = "https://api.test/", IAccessTokenProvider? tokens = null) =>
        CustomGptClient.OverHandler(new CustomGptClientOptions
        {
            ApiKey = tokens is null ? TestKeys.ApiKey : null,
            TokenProvider = tokens,
            BaseUrl = new Uri(baseUrl),
            Retry = new CustomGptRetryOptions { MaxAttempts = 1 },
        }, server);

    static HttpResponseMessage Redirect(string location, HttpContent? content = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.Found) { Content = content };
        response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
        return response;
    }

    static HttpResponseMessage Agent() => new(HttpStatusCode.OK) { Content = new StringContent(AgentJson, Encoding.UTF8, "application/json") };

    [Fact]
    public async Task A_read_follows_five_redirects_and_no_more()
    {
        var server = new Server((_, n) => Redirect($"https://api.test/hop/{n + 1}"));
        using var client = Client(server);
        var e = await Assert.ThrowsAsync<CustomGptRedirectException>(() => client.Agents.GetAsync(7));
        Assert.Equal(1 + RedirectHandler.MaxRedirects, server.Requests.Count);
        Assert.Equal(new Uri("https://api.test/hop/6"), e.Location);
    }

    [Fact]
    public async Task The_fifth_redirect_is_still_followed()
    {
        var server = new Server((_, n) => n < 5 ? Redirect($"https://api.test/hop/{n + 1}") : Agent());
        using var client = Client(server);
        Assert.Equal(7, (await client.Agents.GetAsync(7)).Id);
        Assert.Equal(6, server.Requests.Count);
    }

    [Theory]
    [InlineData("https://api.test/", "https://api.test/moved")]
    [InlineData("https://api.test/", "https://mirror.test/moved")]
    [InlineData("https://api.test/", "http://127.0.0.1:8080/moved")]
    [InlineData("http://api.test/", "http://mirror.test/moved")]
    [InlineData("http://api.test/", "https://api.test/moved")]
    public async Task These_redirects_are_followed(string baseUrl, string target)
    {
        var server = new Server((_, n) => n == 0 ? Redirect(target) : Agent());
        using var client = Client(server, baseUrl);
        Assert.Equal(7, (await client.Agents.GetAsync(7)).Id);
        Assert.Equal([new Uri(baseUrl + "api/v1/projects/7"), new Uri(target)], server.Requests.Select(r => r.Url));
    }

    [Theory]
    [InlineData("https://api.test/", "http://api.test/moved")]
    [InlineData("https://api.test/", "http://mirror.test/moved")]
    [InlineData("https://api.test/", "ftp://api.test/moved")]
    public async Task A_redirect_down_to_plain_http_or_to_another_scheme_is_not_followed(string baseUrl, string target)
    {
        var server = new Server((_, _) => Redirect(target));
        using var client = Client(server, baseUrl);
        var e = await Assert.ThrowsAsync<CustomGptRedirectException>(() => client.Agents.GetAsync(7));
        Assert.Single(server.Requests);
        Assert.Equal(new Uri(target), e.Location);
    }

    [Fact]
    public async Task A_relative_location_is_read_against_the_url_that_was_redirected()
    {
        var server = new Server((_, n) => n switch { 0 => Redirect("/a/b"), 1 => Redirect("c"), _ => Agent() });
        using var client = Client(server);
        await client.Agents.GetAsync(7);
        Assert.Equal(["https://api.test/api/v1/projects/7", "https://api.test/a/b", "https://api.test/a/c"], server.Requests.Select(r => r.Url.AbsoluteUri));
    }

    [Fact]
    public async Task Each_hop_carries_the_calls_headers_and_operation_and_the_key_only_on_its_own_origin()
    {
        var server = new Server((_, n) => n switch { 0 => Redirect("https://api.test/moved"), 1 => Redirect("https://mirror.test/moved"), _ => Agent() });
        using var client = Client(server);
        await client.Agents.GetAsync(7);
        var first = server.Requests[0];
        Assert.StartsWith("CustomGpt.NET/", first.UserAgent);
        Assert.Equal("application/json", first.Accept);
        Assert.All(server.Requests, hop => Assert.Equal((first.UserAgent, first.Accept, "Agents_Get"), (hop.UserAgent, hop.Accept, hop.Operation)));
        Assert.Equal(["Bearer " + TestKeys.ApiKey, "Bearer " + TestKeys.ApiKey, null], server.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Each_redirect_answer_is_disposed_when_its_hop_goes_out()
    {
        var bodies = new List<TrackedContent>();
        var server = new Server((_, n) =>
        {
            if (n == 2) return Agent();
            var body = new TrackedContent();
            bodies.Add(body);
            return Redirect($"https://api.test/hop/{n + 1}", body);
        });
        using var client = Client(server);
        await client.Agents.GetAsync(7);
        Assert.Equal([true, true], bodies.Select(b => b.Disposed));
    }

    [Fact]
    public async Task A_token_refused_for_a_hop_fails_typed_and_disposes_the_redirect_answer()
    {
        var body = new TrackedContent();
        var server = new Server((_, _) => Redirect("https://api.test/moved", body));
        using var client = Client(server, tokens: new GoodThenBadTokens());
        var e = await Assert.ThrowsAsync<CustomGptAuthenticationException>(() => client.Agents.GetAsync(7));
        Assert.Contains("line break", e.Message);
        Assert.Single(server.Requests);
        Assert.True(body.Disposed);
    }
}
