using System.Net;
using System.Net.Sockets;

namespace CustomGpt.Http;

/// <summary>The rules of retrying, apart from the loop that applies them.</summary>
internal static class RetryDecisions
{
    static readonly HashSet<HttpStatusCode> RetryableStatuses =
    [
        HttpStatusCode.RequestTimeout, (HttpStatusCode)429, HttpStatusCode.InternalServerError,
        HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    /// <summary>Methods whose repetition changes nothing on the server.</summary>
    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Head || method == HttpMethod.Options;

    public static bool IsRetryableStatus(HttpStatusCode status) => RetryableStatuses.Contains(status);

    /// <summary>
    /// Whether the request can be sent again unchanged: no body, or a body the handler can
    /// serialize twice (buffered content, or streams that can seek back to their start).
    /// </summary>
    public static bool CanReplay(HttpContent? content) => content switch
    {
        null => true,
        MultipartContent multipart => multipart.All(CanReplay),
        StreamContent => false, // its stream may not rewind; a file upload is never sent twice
        _ => true,              // string, byte-array and form-url-encoded contents are buffers
    };

    /// <summary>A failure that proves the request never reached the server: the connection was refused.</summary>
    public static bool NeverReachedServer(Exception failure)
    {
        for (var e = failure; e != null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused }) return true;
#if NET8_0_OR_GREATER
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }) return true;
#endif
        }
        return false;
    }

    /// <summary>Failures of the transport (as opposed to an answer from the server).</summary>
    public static bool IsTransportFailure(Exception failure) => failure is HttpRequestException or IOException;

    /// <summary>The wait before attempt <paramref name="nextAttempt"/>: Retry-After when the server gave one, else exponential back-off with jitter; capped.</summary>
    public static TimeSpan Delay(int nextAttempt, HttpResponseMessage? response, CustomGptRetryOptions options, Func<double> random)
    {
        var requested = RetryAfter(response);
        var backOff = TimeSpan.FromTicks((long)(options.BaseDelay.Ticks * Math.Pow(2, nextAttempt - 2) * (0.8 + 0.4 * random())));
        var delay = requested ?? backOff;
        // Stryker disable once Equality : at MaxDelay or zero exactly, either branch gives the same wait.
        return delay > options.MaxDelay ? options.MaxDelay : delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow;
        return null;
    }
}
