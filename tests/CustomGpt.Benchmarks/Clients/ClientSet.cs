using CustomGpt.Auth;
using CustomGpt.Benchmarks.KiotaPeer;
using CustomGpt.Benchmarks.Server;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace CustomGpt.Benchmarks.Clients;

/// <summary>
/// A loopback server and every client the benchmarks compare, all sending through one
/// <see cref="HttpClient"/> (one connection pool) unless said otherwise.
/// </summary>
internal sealed class ClientSet : IAsyncDisposable
{
    /// <summary>A key of the API's shape; the loopback server never checks it.</summary>
    public const string ApiKey = "1234|bench-key";

    readonly LoopbackServer _server;
    readonly HttpClient _http = new();
    readonly List<HttpClientRequestAdapter> _kiotaAdapters = [];

    ClientSet(LoopbackServer server)
    {
        _server = server;
        Sdk = new CustomGptClient(new CustomGptClientOptions { ApiKey = ApiKey, BaseUrl = server.BaseUrl }, _http);
        // The SDK's other set-up: no HttpClient given, so its retry handler sits right on a socket handler.
        SdkOwnHttpClient = new CustomGptClient(new CustomGptClientOptions { ApiKey = ApiKey, BaseUrl = server.BaseUrl });
        HandWritten = new HandWrittenApi(_http, server.BaseUrl, ApiKey);
        KiotaPlain = Kiota(_http);
        // What a Kiota user gets by default: Kiota's own HttpClient with its middleware
        // (retry, redirect, user agent, headers inspection, ...).
        KiotaDefault = Kiota(null);
    }

    /// <summary>The SDK sending through the caller's HttpClient (the one the hand-written calls use).</summary>
    public CustomGptClient Sdk { get; }
    public CustomGptClient SdkOwnHttpClient { get; }
    public HandWrittenApi HandWritten { get; }
    public KiotaCustomGptClient KiotaPlain { get; }
    public KiotaCustomGptClient KiotaDefault { get; }

    public static async Task<ClientSet> StartAsync(ServedApi api) => new(await LoopbackServer.StartAsync(api).ConfigureAwait(false));

    KiotaCustomGptClient Kiota(HttpClient? http)
    {
        var tokens = new BaseBearerTokenAuthenticationProvider(new ApiKeyTokenProvider(ApiKey, [_server.BaseUrl.Host]));
        var adapter = new HttpClientRequestAdapter(tokens, httpClient: http) { BaseUrl = _server.BaseUrl.AbsoluteUri.TrimEnd('/') };
        _kiotaAdapters.Add(adapter);
        return new KiotaCustomGptClient(adapter);
    }

    public async ValueTask DisposeAsync()
    {
        Sdk.Dispose();
        SdkOwnHttpClient.Dispose();
        // Disposes the HttpClient Kiota created for itself; a given one is left alone.
        foreach (var adapter in _kiotaAdapters) adapter.Dispose();
        _http.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }
}
