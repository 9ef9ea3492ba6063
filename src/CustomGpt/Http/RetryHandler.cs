using System.Diagnostics;
using System.Net;

namespace CustomGpt.Http;

/// <summary>
/// The reliability step of the SDK's HTTP pipeline: a per-attempt and an overall timeout, and
/// retries with back-off under the rules of <see cref="RetryDecisions"/>. Every way a call can end
/// here is an answer, a <see cref="CustomGptApiException"/> kind, or the caller's own cancellation.
/// </summary>
internal sealed class RetryHandler(CustomGptRetryOptions retry, TimeSpan timeout, TimeSpan attemptTimeout) : DelegatingHandler
{
    readonly Random _random = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        overall.CancelAfter(timeout);
        var failures = new List<string>();

        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage? response = null;
            Exception? failure = null;
            using (var attemptLimit = CancellationTokenSource.CreateLinkedTokenSource(overall.Token))
            {
                attemptLimit.CancelAfter(attemptTimeout);
                // Handlers further down (the caller's logging) read which attempt they see.
                RequestContext.SetAttempt(request, attempt);
                try
                {
                    response = await SendOnceAsync(request, attemptLimit.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                catch (OperationCanceledException e) when (overall.IsCancellationRequested)
                {
                    throw TimedOut(request, clock.Elapsed, failures, e);
                }
                catch (OperationCanceledException e)
                {
                    failure = e;
                    failures.Add($"attempt timed out after {attemptTimeout.TotalSeconds:0.###} s");
                }
                catch (Exception e) when (RetryDecisions.IsTransportFailure(e))
                {
                    failure = e;
                    failures.Add($"{e.GetType().Name}: {e.Message}");
                }
            }

            if (response != null && !await ShouldRetryAsync(response, cancellationToken).ConfigureAwait(false))
                return Finish(request, response, failures);

            // A POST may have been acted on: it goes again only when it provably never arrived.
            var retryable = RetryDecisions.IsIdempotent(request.Method) || (failure != null && RetryDecisions.NeverReachedServer(failure));
            var replayable = RetryDecisions.CanReplay(request.Content);
            if (!retryable || !replayable || attempt >= Math.Max(1, retry.MaxAttempts))
            {
                if (response != null) return Finish(request, response, failures);
                failures.RemoveAt(failures.Count - 1);
                throw failure is OperationCanceledException
                    ? TimedOut(request, clock.Elapsed, failures, failure)
                    : new CustomGptConnectionException(Details(request, failure!.Message, failures), failure);
            }

            if (response != null) failures.Add($"HTTP {(int)response.StatusCode}");
            var delay = RetryDecisions.Delay(attempt + 1, response, retry, NextRandom);
            response?.Dispose();
            if (clock.Elapsed + delay >= timeout)
                throw TimedOut(request, clock.Elapsed + delay, failures, null);
            try
            {
                await Task.Delay(delay, overall.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw TimedOut(request, clock.Elapsed, failures, e);
            }
        }
    }

    // A JSON answer is read to its end inside the attempt: a connection that drops or stalls mid-body
    // is then a transport failure of this attempt (retried, timed out, named) rather than a parser
    // error later, outside the pipeline. Streams and files are left to their readers.
    async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!ResponseBodies.ShouldBuffer(request, response)) return response;
        try
        {
            await ResponseBodies.BufferAsync(response, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    // 429 is throttling, to retry, unless the body says the query credits are exhausted: a quota.
    static async Task<bool> ShouldRetryAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!RetryDecisions.IsRetryableStatus(response.StatusCode)) return false;
        if (response.StatusCode != (HttpStatusCode)429 || response.Content is null) return true;
        await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
#if NET5_0_OR_GREATER
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
#else
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
#endif
        return ErrorResponses.Parse(body).Message?.IndexOf("credit", StringComparison.OrdinalIgnoreCase) is null or < 0;
    }

    static HttpResponseMessage Finish(HttpRequestMessage request, HttpResponseMessage response, List<string> failures)
    {
        RequestContext.SetAttempts(request, failures);
        return response;
    }

    static CustomGptTimeoutException TimedOut(HttpRequestMessage request, TimeSpan elapsed, List<string> failures, Exception? inner) =>
        new(Details(request, $"no response within {elapsed.TotalSeconds:0.###} s", failures), elapsed, inner);

    static ErrorDetails Details(HttpRequestMessage request, string message, List<string> failures) =>
        new(0, null, message, RequestContext.OperationOf(request), null, new Dictionary<string, IEnumerable<string>>(), failures);

    double NextRandom()
    {
        lock (_random) return _random.NextDouble();
    }
}
