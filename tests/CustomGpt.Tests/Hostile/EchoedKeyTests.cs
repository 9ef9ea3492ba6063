using static CustomGpt.Tests.Hostile.HostileCalls;

namespace CustomGpt.Tests.Hostile;

/// <summary>Item 7: a server that echoes the key gets it scrubbed from every text and header the SDK surfaces.</summary>
public class EchoedKeyTests
{
    static readonly TimeSpan Within = TimeSpan.FromSeconds(5);
    // The secret half of a "id|secret" key: enough on its own to authenticate.
    static readonly string Secret = TestKeys.ApiKey.Split('|')[1];

    static void AssertScrubbed(CustomGptApiException e)
    {
        var texts = new List<string?> { e.Message, e.ToString(), e.ApiMessage, e.ResponseBody };
        texts.AddRange(e.Headers.SelectMany(h => h.Value.Prepend(h.Key)));
        texts.AddRange(e.EarlierAttempts);
        Assert.All(texts, text => Assert.DoesNotContain(Secret, text ?? ""));
    }

    [Fact]
    public async Task An_error_echoing_the_key_in_its_body_and_headers_surfaces_it_nowhere()
    {
        await using var server = new HostileServer(exchange => exchange.RespondAsync(500,
            $$"""{"message":"token {{exchange.Request.Header("Authorization")}} rejected","echo":"{{TestKeys.ApiKey}}"}""",
            headers: [$"X-Echo: {exchange.Request.Header("Authorization")}", $"Set-Cookie: key={Uri.EscapeDataString(TestKeys.ApiKey)}"]));
        using var client = Client(server, o => o.Retry.MaxAttempts = 2);
        var outcome = await Outcome.OfAsync(() => ReadAsync(client), Within);
        var e = outcome.Threw<CustomGptServerException>(Within);
        Assert.Contains("rejected", e.ApiMessage);
        AssertScrubbed(e);
    }

    [Fact]
    public async Task A_provider_token_the_header_parser_rejects_is_masked_all_the_same()
    {
        // A comma and a quote: sent as given, but not an Authorization value the runtime can parse.
        const string token = "77|se,cret\"token-from-a-vault";
        await using var server = new HostileServer(exchange => exchange.RespondAsync(500,
            $$"""{"message":"token {{exchange.Request.Header("Authorization")}} rejected"}""", headers: [$"X-Echo: {exchange.Request.Header("Authorization")}"]));
        using var client = Client(server, o => o.TokenProvider = new FixedTokenProvider(token, server.BaseUrl.Host));
        var outcome = await Outcome.OfAsync(() => ReadAsync(client), Within);
        var e = outcome.Threw<CustomGptServerException>(Within);
        Assert.Contains("rejected", e.ApiMessage);
        var texts = new List<string?> { e.Message, e.ToString(), e.ApiMessage, e.ResponseBody };
        texts.AddRange(e.Headers.SelectMany(h => h.Value));
        Assert.All(texts, text => Assert.DoesNotContain("cret\"token-from", text ?? ""));
    }

    sealed class FixedTokenProvider(string token, string host) : Microsoft.Kiota.Abstractions.Authentication.IAccessTokenProvider
    {
        public Microsoft.Kiota.Abstractions.Authentication.AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? context = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }

    [Fact]
    public async Task A_success_echoing_the_key_where_a_number_belongs_surfaces_it_nowhere()
    {
        await using var server = new HostileServer(exchange =>
            exchange.RespondAsync(200, $$$"""{"status":"success","data":{"id":"{{{TestKeys.ApiKey}}}"}}"""));
        using var client = Client(server);
        var outcome = await Outcome.OfAsync(() => ReadAsync(client), Within);
        AssertScrubbed(outcome.Threw<CustomGptApiException>(Within));
    }

    [Fact]
    public async Task A_stream_echoing_the_key_in_an_error_event_surfaces_it_nowhere()
    {
        await using var server = new HostileServer(async exchange =>
        {
            await exchange.HeadAsync(200, "Content-Type: text/event-stream", "Connection: close", $"X-Echo: {TestKeys.ApiKey}");
            await exchange.WriteAsync($$"""data: {"status":"error","message":"bad key {{TestKeys.ApiKey}}"}""" + "\n\n");
            exchange.Close();
        });
        using var client = Client(server);
        var outcome = await Outcome.OfAsync(() => StreamAsync(client), Within);
        AssertScrubbed(outcome.Threw<CustomGptApiException>(Within, exactly: false));
    }

    [Fact]
    public async Task A_redirect_of_a_post_to_a_Location_carrying_the_key_surfaces_it_nowhere()
    {
        await using var server = new HostileServer(exchange =>
            exchange.RespondAsync(302, "", "text/html", $"Location: /login?token={Uri.EscapeDataString(TestKeys.ApiKey)}"));
        using var client = Client(server);
        var outcome = await Outcome.OfAsync(() => CreateAsync(client), Within);
        var e = outcome.Threw<CustomGptRedirectException>(Within);
        AssertScrubbed(e);
        Assert.DoesNotContain(Secret, e.Location?.OriginalString ?? "");
    }
}
