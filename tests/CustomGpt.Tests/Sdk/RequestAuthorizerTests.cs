using CustomGpt.Auth;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CustomGpt.Tests.Sdk;

/// <summary>
/// The authorizer on one request: the token replaces any Authorization header the request had; a
/// relative URL or an empty token leaves none; a provider that answers later is awaited, not blocked
/// on; a token a header cannot carry fails typed without showing it.
/// </summary>
public class RequestAuthorizerTests
{
    static HttpRequestMessage Request(string uri)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, UriKind.RelativeOrAbsolute));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer stale-0123456789");
        return request;
    }

    static string[] AuthorizationOf(HttpRequestMessage request) =>
        request.Headers.TryGetValues("Authorization", out var values) ? [.. values] : [];

    [Fact]
    public async Task The_token_replaces_the_header_the_request_had()
    {
        var request = Request("https://api.test/api/v1/user");

        await new RequestAuthorizer(new Provider(Task.FromResult("fresh-0123456789"))).AuthorizeAsync(request, CancellationToken.None);

        Assert.Equal(["Bearer fresh-0123456789"], AuthorizationOf(request));
    }

    [Fact]
    public async Task A_relative_url_gets_no_header()
    {
        var request = Request("api/v1/user");

        await new RequestAuthorizer(new Provider(Task.FromResult("fresh-0123456789"))).AuthorizeAsync(request, CancellationToken.None);

        Assert.Empty(AuthorizationOf(request));
    }

    [Fact]
    public async Task An_empty_token_leaves_no_header()
    {
        var request = Request("https://api.test/api/v1/user");

        await new RequestAuthorizer(new Provider(Task.FromResult(""))).AuthorizeAsync(request, CancellationToken.None);

        Assert.Empty(AuthorizationOf(request));
    }

    [Fact]
    public async Task A_provider_that_answers_later_is_awaited_without_blocking_the_caller()
    {
        var token = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var request = Request("https://api.test/api/v1/user");
        var authorizer = new RequestAuthorizer(new Provider(token.Task));

        var authorizing = await Task.Factory.StartNew(() => authorizer.AuthorizeAsync(request, CancellationToken.None), CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(authorizing.IsCompleted);
        token.SetResult("later-0123456789");
        await authorizing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["Bearer later-0123456789"], AuthorizationOf(request));
    }

    [Fact]
    public async Task A_token_a_header_cannot_carry_fails_typed_without_showing_it()
    {
        var request = Request("https://api.test/api/v1/user");

        var e = await Assert.ThrowsAsync<CustomGptAuthenticationException>(() =>
            new RequestAuthorizer(new Provider(Task.FromResult("bad-token\n0123456789"))).AuthorizeAsync(request, CancellationToken.None));

        Assert.Equal(0, e.StatusCode);
        Assert.StartsWith("The token from the token provider contains a line break (CR or LF), which cannot be sent in an HTTP header.", e.ApiMessage);
        Assert.DoesNotContain("bad-token", e.Message);
    }

    sealed class Provider(Task<string> token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new(["api.test"]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) => token;
    }
}
