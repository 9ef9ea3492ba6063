using System.Net.Http.Headers;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CustomGpt.Auth;

/// <summary>
/// Puts the bearer token on a request, and only on a request to an allowed host over HTTPS
/// (plain HTTP is accepted for loopback addresses, where test servers run). Any Authorization
/// header a request to another host carries is removed, so the key cannot follow it there.
/// </summary>
internal sealed class RequestAuthorizer(IAccessTokenProvider tokenProvider)
{
    public async Task AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri;
        if (uri is null || !uri.IsAbsoluteUri || !IsTrustedTransport(uri) || !tokenProvider.AllowedHostsValidator.IsUrlHostValid(uri))
        {
            request.Headers.Authorization = null;
            return;
        }
        var token = await tokenProvider.GetAuthorizationTokenAsync(uri, null, cancellationToken).ConfigureAwait(false);
        // A provider's token is checked like a key: a bad one fails typed, before anything is sent.
        if (!string.IsNullOrEmpty(token) && ApiKeyFormat.Problem(token) is { } problem)
            throw new CustomGptAuthenticationException(new ErrorDetails(0, null, ApiKeyFormat.Describe("The token from the token provider", problem),
                Http.RequestContext.OperationOf(request), null, new Dictionary<string, IEnumerable<string>>()));
        request.Headers.Authorization = string.IsNullOrEmpty(token) ? null : new AuthenticationHeaderValue("Bearer", token);
    }

    static bool IsTrustedTransport(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback;
}
