namespace CustomGpt.Http;

/// <summary>
/// Builds the one HTTP path every call of a <see cref="CustomGptClient"/> takes: the retry and
/// timeout handler, then the network (a socket handler of the SDK's own, or the caller's HttpClient).
/// Auth and the User-Agent are added before, in the clients' request hook, so they apply to both.
/// </summary>
internal static class HttpPipeline
{
    public static HttpClient Create(ClientSettings settings, CustomGptClientOptions options, HttpClient? callerClient)
    {
        HttpMessageHandler network = callerClient is null ? NewNetworkHandler() : new CallerHttpClientHandler(callerClient);
        var retry = new RetryHandler(options.Retry ?? new CustomGptRetryOptions(), settings.Timeout, options.AttemptTimeout) { InnerHandler = network };
        // The retry handler enforces the timeouts; HttpClient's own would fire first and unnamed.
        return new HttpClient(retry, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    static HttpMessageHandler NewNetworkHandler()
    {
#if NET5_0_OR_GREATER
        return new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = System.Net.DecompressionMethods.All };
#else
        return new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate };
#endif
    }
}
