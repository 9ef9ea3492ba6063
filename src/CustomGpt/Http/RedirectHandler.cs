using System.Net;
using CustomGpt.Auth;

namespace CustomGpt.Http;

/// <summary>
/// Follows redirects itself, in place of the runtime's automatic ones, which turn a POST answered
/// 301/302 into a body-less GET and report its answer as the POST's, drop the key even on the API's
/// own host, and rewrite the request's URL so that a retry goes to the redirect's target.
/// Here a GET (or HEAD) follows at most <see cref="MaxRedirects"/> redirects, each hop a new request
/// that carries the key only to the call's own origin; any other method's redirect is handed back
/// as it came and ends as a <see cref="CustomGptRedirectException"/> naming the Location.
/// </summary>
internal sealed class RedirectHandler(RequestAuthorizer authorizer) : DelegatingHandler
{
    public const int MaxRedirects = 5;

    // Only a GET or HEAD follows: any other request passes through as it is, with no step of its own.
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head ? FollowAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

    async Task<HttpResponseMessage> FollowAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var current = request;
        for (var hop = 0; hop < MaxRedirects && Target(response, current.RequestUri) is { } target; hop++)
        {
            var next = Hop(request, target);
            try
            {
                // The key goes along only to the very origin the call was made to (scheme, host and
                // port: another port on the same host is another service), and there only if the
                // authorizer would send it at all.
                if (SameOrigin(request.RequestUri, target)) await authorizer.AuthorizeAsync(next, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                response.Dispose();
                throw;
            }
            response.Dispose();
            current = next;
            response = await base.SendAsync(next, cancellationToken).ConfigureAwait(false);
        }
        // Upstream, the answer belongs to the call's request: its operation, its attempts, the key it carried.
        response.RequestMessage = request;
        return response;
    }

    // Where a redirect points, when it is one to follow: never from HTTPS down to plain HTTP, where
    // the answer (and, on the API's host, the key) would travel in clear.
    static Uri? Target(HttpResponseMessage response, Uri? from)
    {
        if (response.StatusCode is not (HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or (HttpStatusCode)308)) return null;
        if (response.Headers.Location is not { } location || from is null) return null;
        var target = location.IsAbsoluteUri ? location : new Uri(from, location);
        if (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp) return null;
        if (from.Scheme == Uri.UriSchemeHttps && target.Scheme == Uri.UriSchemeHttp && !target.IsLoopback) return null;
        return target;
    }

    static bool SameOrigin(Uri? a, Uri b) =>
        a is not null && Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    // The call's request again, at the new URL, without its Authorization: the authorizer decides anew.
    static HttpRequestMessage Hop(HttpRequestMessage request, Uri target)
    {
        // Stryker disable once Initializer : the SDK's requests carry the default HTTP version, which a new message has too.
        var hop = new SdkRequestMessage(request.Method, target) { Version = request.Version };
        HeaderCopy.CopyTo(request.Headers, hop.Headers, except: "Authorization");
        RequestContext.CopyTo(request, hop);
        return hop;
    }
}
