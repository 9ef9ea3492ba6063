using Microsoft.Kiota.Abstractions.Authentication;

namespace CustomGpt.Auth;

/// <summary>
/// Puts the bearer token on a request, and only on a request to an allowed host over HTTPS
/// (plain HTTP is accepted for loopback addresses, where test servers run). Any Authorization
/// header a request to another host carries is removed, so the key cannot follow it there.
/// </summary>
internal sealed class RequestAuthorizer(IAccessTokenProvider tokenProvider)
{
    // The last token checked and its header value: a provider hands out the same key call after
    // call, and checking and wrapping it anew each time is work for nothing. Replaced whole, so
    // concurrent calls see either the old pair or the new one.
    Credential? _last;

    public Task AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri;
        if (uri is null || !uri.IsAbsoluteUri || !IsTrustedTransport(uri) || !tokenProvider.AllowedHostsValidator.IsUrlHostValid(uri))
        {
            request.Headers.Authorization = null;
            return Task.CompletedTask;
        }
        var token = tokenProvider.GetAuthorizationTokenAsync(uri, null, cancellationToken);
        // The API key provider answers at once: no state machine for it.
        if (token.Status != TaskStatus.RanToCompletion) return AuthorizeLaterAsync(request, token);
        Apply(request, token.Result);
        return Task.CompletedTask;
    }

    async Task AuthorizeLaterAsync(HttpRequestMessage request, Task<string> token) => Apply(request, await token.ConfigureAwait(false));

    void Apply(HttpRequestMessage request, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = null;
            return;
        }
        var credential = _last;
        if (credential is null || !string.Equals(credential.Token, token, StringComparison.Ordinal))
        {
            // A provider's token is checked like a key: a bad one fails typed, before anything is sent.
            if (ApiKeyFormat.Problem(token!) is { } problem)
                throw new CustomGptAuthenticationException(new ErrorDetails(0, null, ApiKeyFormat.Describe("The token from the token provider", problem),
                    Http.RequestContext.OperationOf(request), null, new Dictionary<string, IEnumerable<string>>()));
            _last = credential = new Credential(token!, "Bearer " + token);
        }
        // As text, like the other headers the SDK sets: the runtime writes it as it is.
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", credential.Header);
    }

    static bool IsTrustedTransport(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback;

    sealed class Credential(string token, string header)
    {
        public string Token { get; } = token;
        public string Header { get; } = header;
    }
}
