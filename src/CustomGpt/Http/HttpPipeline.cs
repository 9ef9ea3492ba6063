namespace CustomGpt.Http;

/// <summary>
/// Builds the one HTTP path every call of a <see cref="CustomGptClient"/> takes: the retry and
/// timeout handler, the redirect handler, then the network (a socket handler of the SDK's own, or
/// the caller's HttpClient). Auth and the User-Agent are added before, in the clients' request hook,
/// so they apply to both.
/// </summary>
internal static class HttpPipeline
{
    public static HttpMessageInvoker Create(ClientSettings settings, CustomGptClientOptions options, HttpClient? callerClient, HttpMessageHandler? network = null)
    {
        network ??= callerClient is null ? NewNetworkHandler() : new CallerHttpClientHandler(callerClient);
        var redirects = new RedirectHandler(settings.Authorizer) { InnerHandler = network };
        var retry = new RetryHandler(PipelineLimits.From(options, settings.Timeout)) { InnerHandler = redirects };
        // Invoked as it is, not through an HttpClient: the retry handler enforces the timeouts and
        // hands the caller's cancellation back with the caller's token, so an HttpClient would only
        // add a pass of its own (and a token source whenever the caller's token can be cancelled).
        return new HttpMessageInvoker(retry, disposeHandler: true);
    }

    // Redirects are the redirect handler's (see there why the runtime's own are off).
    static HttpMessageHandler NewNetworkHandler()
    {
#if NET8_0_OR_GREATER
        return new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            AllowAutoRedirect = false,
            PlaintextStreamFilter = UnansweredCloseStream.Filter,
        };
#else
        return new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate, AllowAutoRedirect = false };
#endif
    }
}
