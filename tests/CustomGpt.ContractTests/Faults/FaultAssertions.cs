namespace CustomGpt.ContractTests.Faults;

/// <summary>Compares how a case ended with its expectation, listing every difference rather than the first.</summary>
public static class FaultAssertions
{
    // Timers may fire a little before the stopwatch that measures the call says they are due.
    static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(20);

    public static IReadOnlyList<string> Problems(FaultCase faultCase, Expectation expected, FaultOutcome outcome)
    {
        if (!outcome.Ended) return [$"the call did not end within {FaultTimings.Bound.TotalSeconds} s: it hangs"];
        var problems = new List<string>();
        if (outcome.Failure is { } failure and not CustomGptApiException)
            problems.Add($"threw {failure.GetType().FullName}, which is not a CustomGptApiException: {failure}");
        else if (expected.Throws is null && outcome.Failure is not null)
            problems.Add($"expected success, the call threw {outcome.Failure.GetType().Name}");
        else if (expected.Throws is { } type && outcome.Failure?.GetType() != type)
            problems.Add($"expected {type.Name}, the call {(outcome.Failure is null ? "succeeded" : $"threw {outcome.Failure.GetType().Name}")}");
        if (outcome.Failure is CustomGptApiException api) problems.AddRange(ExceptionProblems(faultCase, expected, api));

        if (expected.Logged && outcome.Requests.Count != expected.Attempts)
            problems.Add($"the server logged {outcome.Requests.Count} request(s), expected {expected.Attempts}");
        if (outcome.Requests.Any(request => !request.Matched))
            problems.Add("a request matched none of the case's mappings (the call went to another method or path)");
        if (expected.MinimumGap is { } gap)
            for (var i = 1; i < outcome.Requests.Count; i++)
            {
                var waited = outcome.Requests[i].ArrivedAt - outcome.Requests[i - 1].ArrivedAt;
                // The same slack as for the call's duration: the client's timer counts whole milliseconds from
                // a tick read a moment before, the server's log stamps arrivals to the microsecond.
                if (waited < gap - TimerSlack) problems.Add($"request {i + 1} came {waited.TotalMilliseconds:0} ms after request {i}, before the Retry-After of {gap.TotalSeconds} s");
            }
        if (outcome.Elapsed < expected.MinimumDuration - TimerSlack)
            problems.Add($"the call ended after {outcome.Elapsed.TotalMilliseconds:0} ms, sooner than the {expected.MinimumDuration.TotalMilliseconds:0} ms it must wait");
        return problems;
    }

    static IEnumerable<string> ExceptionProblems(FaultCase faultCase, Expectation expected, CustomGptApiException api)
    {
        if (api.Attempts != expected.Attempts) yield return $"Attempts is {api.Attempts}, expected {expected.Attempts}";
        if (api.EarlierAttempts.Count != api.Attempts - 1)
            yield return $"EarlierAttempts lists {api.EarlierAttempts.Count} failure(s) for {api.Attempts} attempt(s)";
        if (expected.Status is { } status && api.StatusCode != status) yield return $"StatusCode is {api.StatusCode}, expected {status}";
        if (api.OperationId != faultCase.Target.OperationId) yield return $"OperationId is {api.OperationId ?? "null"}, expected {faultCase.Target.OperationId}";
        if (expected.RetryAfter is { } retryAfter && api.RetryAfter != retryAfter) yield return $"RetryAfter is {api.RetryAfter?.ToString() ?? "null"}, expected {retryAfter}";
        if (expected.BrokeWhileReading && api.InnerException is not IOException)
            yield return $"the cause is {api.InnerException?.GetType().Name ?? "missing"}, not the IOException of a read that broke: the connection went before the answer began";
        if (api is CustomGptRateLimitException { IsQuotaExhausted: true }) yield return "IsQuotaExhausted is true for throttling";
    }
}
