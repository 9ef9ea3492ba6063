using System.Diagnostics;
using System.Net;

namespace CustomGpt.Http;

/// <summary>
/// The reliability step of the SDK's HTTP pipeline: a per-attempt and an overall timeout, and
/// retries with back-off under the rules of <see cref="RetryDecisions"/>. Every way a call can end
/// here is an answer, a <see cref="CustomGptApiException"/> kind, or the caller's own cancellation.
/// </summary>
internal sealed class RetryHandler(PipelineLimits limits) : DelegatingHandler
{
    readonly Random _random = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        // Why each attempt before the current one failed (Attempts is always their count plus one); made at the first failure.
        List<string>? failures = null;

        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage? response = null;
            Exception? failure = null;
            string? failureText = null;
            using (var deadline = new AttemptDeadline(limits, started, cancellationToken))
            {
                // Handlers further down (the caller's logging) read which attempt they see.
                RequestContext.SetAttempt(request, attempt);
                var content = request.Content;
                // Only a streamed upload can take long to write; a buffered body (JSON, a text-only form) goes
                // at once and is left as it is for the handlers below (a caller's may read it). Each piece
                // of an upload that goes out restarts the attempt's clock; after the last one it measures
                // the wait for the answer.
                if (content is not null && !RetryDecisions.CanReplay(content)) request.Content = new UploadProgressContent(content, deadline.Restart);
                HttpResponseMessage? sent = null;
                // The send and the read of the answer in this one method, not one of its own per attempt:
                // each async step costs every call a state machine.
                try
                {
                    sent = await base.SendAsync(request, deadline.Token).ConfigureAwait(false);
                    await ReadInsideAttemptAsync(request, sent, deadline.Token).ConfigureAwait(false);
                    response = sent;
                }
                catch (Exception e) when (e is ResponseTooLargeException or UndecodableBodyException)
                {
                    // What the server sent, not a failure of the way there: sending it again gets the same.
                    throw new CustomGptApiException(Details(request, e.Message, failures, (int)sent!.StatusCode, ErrorResponses.HeadersOf(sent)), innerException: e);
                }
                catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
                {
                    if (e.CancellationToken == cancellationToken) throw;
                    // Cancelled through a linked token (the attempt's, a handler's): the caller's is the one to name.
                    throw CancelledByCaller(e, cancellationToken);
                }
                catch (OperationCanceledException e) when (deadline.EndedCall)
                {
                    throw TimedOut(request, AttemptDeadline.Elapsed(started), failures, e);
                }
                catch (OperationCanceledException e)
                {
                    failure = e;
                    failureText = $"attempt timed out after {limits.AttemptTimeout.TotalSeconds:0.###} s";
                }
                catch (Exception e) when (RetryDecisions.IsTransportFailure(e))
                {
                    failure = e;
                    failureText = $"{e.GetType().Name}: {e.Message}";
                }
                finally
                {
                    request.Content = content;
                    // An answer whose body could not be read in the attempt is not its answer.
                    if (response is null) sent?.Dispose();
                }
            }

            // Stryker disable once Boolean : the body is the start the attempt buffered, so this await never waits.
            if (response != null && !(RetryDecisions.IsRetryableStatus(response.StatusCode) && await NotAQuotaAsync(response).ConfigureAwait(false)))
                return Finish(request, response, failures);

            // A POST may have been acted on: it goes again only when it provably never arrived.
            var retryable = RetryDecisions.IsIdempotent(request.Method) || (failure != null && RetryDecisions.NeverReachedServer(failure));
            var again = retryable && RetryDecisions.CanReplay(request.Content) && attempt < Math.Max(1, limits.Retry.MaxAttempts);
            if (again)
            {
                try
                {
                    again = await BackOffAsync(attempt + 1, response, started, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    response?.Dispose();
                    throw;
                }
            }
            if (!again)
            {
                if (response != null) return Finish(request, response, failures);
                throw failure is OperationCanceledException
                    ? TimedOut(request, AttemptDeadline.Elapsed(started), failures, failure)
                    : new CustomGptConnectionException(Details(request, failure!.Message, failures), failure!);
            }
            (failures ??= []).Add(response != null ? $"HTTP {(int)response.StatusCode}" : failureText!);
            response?.Dispose();
        }
    }

    // What of an answer is read inside its attempt, under the attempt's token: a JSON answer to its
    // end (a connection that drops or stalls mid-body is then a failure of this attempt, retried,
    // timed out, named, rather than a parser error later), an error answer's start (so a stalled
    // error body is bounded by the timeouts too). Streams and files are handed on with guards of
    // their own. The task of the read itself: no async step of its own.
    Task ReadInsideAttemptAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content is null) return Task.CompletedTask;
        if (!response.IsSuccessStatusCode) return ResponseBodies.BufferErrorStartAsync(response, cancellationToken);
        if (ResponseBodies.ShouldBuffer(request, response)) return ResponseBodies.BufferAsync(response, limits.MaxResponseBytes, cancellationToken);
        StreamedBodyContent.Guard(response, limits.StreamIdleTimeout, limits.MaxStreamEventBytes);
        return Task.CompletedTask;
    }

    // The wait before the next attempt, when it can end within the Timeout; false when it cannot: a
    // wait past the Timeout cannot lead to an answer in time, so the call ends now with what this
    // attempt got (the 429 and its Retry-After, the 503, the broken connection), and counts only the
    // attempts that went out.
    async Task<bool> BackOffAsync(int nextAttempt, HttpResponseMessage? response, long started, CancellationToken cancellationToken)
    {
        var delay = RetryDecisions.Delay(nextAttempt, response, limits.Retry, NextRandom);
        if (!limits.WithinTimeout(AttemptDeadline.Elapsed(started) + delay)) return false;
        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        // The wait fitted, but timers are coarse: if the Timeout has passed after all, end as above.
        return limits.WithinTimeout(AttemptDeadline.Elapsed(started));
    }

    // A retryable status stays so, but a 429 whose body says the query credits are exhausted: that is
    // a quota, not throttling. The body is the start the attempt buffered, so reading it cannot wait
    // on the network.
    static async Task<bool> NotAQuotaAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != (HttpStatusCode)429 || response.Content is null) return true;
        // Stryker disable once Boolean : the body is the start the attempt buffered, so this await never waits.
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return ErrorResponses.Parse(body).Message?.IndexOf("credit", StringComparison.OrdinalIgnoreCase) is null or < 0;
    }

    static OperationCanceledException CancelledByCaller(OperationCanceledException e, CancellationToken cancellationToken) =>
#if NET5_0_OR_GREATER
        new TaskCanceledException(e.Message, e, cancellationToken);
#else
        new OperationCanceledException(e.Message, e, cancellationToken);
#endif

    static HttpResponseMessage Finish(HttpRequestMessage request, HttpResponseMessage response, List<string>? failures)
    {
        if (failures is not null) RequestContext.SetAttempts(request, failures);
        return response;
    }

    static CustomGptTimeoutException TimedOut(HttpRequestMessage request, TimeSpan elapsed, List<string>? failures, Exception? inner) =>
        new(Details(request, $"no response within {elapsed.TotalSeconds:0.###} s", failures), elapsed, inner);

    static ErrorDetails Details(HttpRequestMessage request, string message, List<string>? failures, int status = 0, IReadOnlyDictionary<string, IEnumerable<string>>? headers = null) =>
        new(status, null, message, RequestContext.OperationOf(request), null, headers ?? new Dictionary<string, IEnumerable<string>>(), failures is null ? [] : [.. failures])
        {
            Secrets = SecretText.SentWith(request),
        };

    internal double NextRandom()
    {
        lock (_random) return _random.NextDouble();
    }
}
