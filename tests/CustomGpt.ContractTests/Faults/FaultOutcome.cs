namespace CustomGpt.ContractTests.Faults;

/// <summary>How one case ended, and what the server saw of it.</summary>
/// <param name="Ended">Whether the call ended within <see cref="FaultTimings.Bound"/>.</param>
/// <param name="Failure">What the call threw; null for a success (or a call that never ended).</param>
/// <param name="Elapsed">From the call to its end.</param>
/// <param name="Requests">The requests the server logged for the case, in the order they arrived.</param>
public sealed record FaultOutcome(bool Ended, Exception? Failure, TimeSpan Elapsed, IReadOnlyList<LoggedRequest> Requests)
{
    /// <summary>One line: the result and the requests, for failure messages and the summary.</summary>
    public string Describe()
    {
        var result = !Ended ? $"still running after {FaultTimings.Bound.TotalSeconds} s"
            : Failure is null ? "success"
            : $"{Failure.GetType().Name}{(Failure is CustomGptApiException api ? $" (status {api.StatusCode}, {api.Attempts} attempt(s))" : "")}: {Failure.Message}";
        var served = string.Join(", ", Requests.Select(r => $"{r.ArrivedAt:HH:mm:ss.fff} {r.MappingTitle ?? "unmatched"}"));
        return $"{result} after {Elapsed.TotalMilliseconds:0} ms; {Requests.Count} request(s) logged{(served.Length > 0 ? $" [{served}]" : "")}";
    }
}
