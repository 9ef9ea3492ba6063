using System.Diagnostics;
using CustomGpt.Http;
using Microsoft.Extensions.Logging;

namespace CustomGpt.Extensions.Logging;

/// <summary>
/// Logs each attempt of each SDK call: operation, method, path (never the query), status, duration and
/// attempt number; at Trace level also the headers, with credentials shown as REDACTED. It sits
/// innermost in the HttpClient's pipeline, so retries of any layer above it are logged one by one.
/// </summary>
internal sealed class CustomGptLoggingHandler(ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The SDK numbers its own attempts; a retrying handler above this one sends the same message again.
        var attempt = RequestInfo.GetAttempt(request) + SendCount.Increment(request) - 1;
        var operation = RequestInfo.GetOperationId(request) ?? "(not an SDK operation)";
        var method = request.Method.Method;
        var path = request.RequestUri?.AbsolutePath ?? "";
        if (logger.IsEnabled(LogLevel.Trace))
            LogMessages.RequestHeaders(logger, operation, method, path, attempt, RedactedHeaders.Format(request.Headers, request.Content?.Headers));

        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            LogMessages.ResponseReceived(logger, operation, method, path, (int)response.StatusCode, MillisecondsSince(started), attempt);
            if (logger.IsEnabled(LogLevel.Trace))
                LogMessages.ResponseHeaders(logger, operation, method, path, attempt, RedactedHeaders.Format(response.Headers, response.Content?.Headers));
            return response;
        }
        catch (Exception e) when (LogFailure(e, operation, method, path, MillisecondsSince(started), attempt))
        {
            // Not reached: the filter logs and declines, so the exception goes on untouched.
            throw;
        }
    }

    bool LogFailure(Exception exception, string operation, string method, string path, double elapsed, int attempt)
    {
        // Cancellation is the caller's choice or a timeout the SDK reports itself: not a warning here.
        if (exception is OperationCanceledException)
            LogMessages.RequestCanceled(logger, operation, method, path, elapsed, attempt);
        else
            LogMessages.RequestFailed(logger, exception, operation, method, path, elapsed, attempt);
        // Stryker disable once Boolean : the catch only rethrows (throw;), so declining or catching lets the same exception go on.
        return false;
    }

    static double MillisecondsSince(long timestamp) => (Stopwatch.GetTimestamp() - timestamp) * 1000.0 / Stopwatch.Frequency;
}
