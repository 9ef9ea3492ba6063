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
        var response = await client.SendAsync(Copy(request), HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        // Upstream, the response belongs to the request the SDK sent, with what the pipeline attached to it.
        response.RequestMessage = request;
        return response;
    }

    static HttpRequestMessage Copy(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Content = request.Content, Version = request.Version };
        foreach (var header in request.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
#if NET5_0_OR_GREATER
        foreach (var option in request.Options) ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
#else
        foreach (var property in request.Properties) copy.Properties[property.Key] = property.Value;
#endif
        return copy;
    }
}
