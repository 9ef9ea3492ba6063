namespace CustomGpt.Http;

/// <summary>
/// The end of the SDK's pipeline when the caller brings an <see cref="HttpClient"/> (e.g. from
/// IHttpClientFactory): each attempt goes through that client, so its handlers and settings apply.
/// An HttpClient sends a request message once only, so each attempt sends a copy.
/// </summary>
internal sealed class CallerHttpClientHandler(HttpClient client) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var copy = Copy(request);
        var response = await client.SendAsync(copy, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        // The caller's handler may follow redirects itself, and turns a redirected POST into a GET
        // (on the very message it sent): that answer is not the POST's, whatever its status.
        // Only 301, 302 and 303 change the method; which one came is lost with the first answer.
        if (copy.Method != request.Method)
        {
            var location = copy.RequestUri;
            response.Dispose();
            throw ErrorResponses.Create(new ErrorDetails(302, null, null, RequestContext.OperationOf(request), null,
                new Dictionary<string, IEnumerable<string>> { ["Location"] = [location?.ToString() ?? ""] })
            {
                Secrets = SecretText.SentWith(request),
            });
        }
        // Upstream, the response belongs to the request the SDK sent, with what the pipeline attached to it.
        response.RequestMessage = request;
        return response;
    }

    static HttpRequestMessage Copy(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Content = request.Content, Version = request.Version };
        HeaderCopy.CopyTo(request.Headers, copy.Headers);
        RequestContext.CopyTo(request, copy);
        return copy;
    }
}
