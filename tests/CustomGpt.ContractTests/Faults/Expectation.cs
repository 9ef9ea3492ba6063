namespace CustomGpt.ContractTests.Faults;

/// <summary>How one case must end: the result, what the server must have seen, and why.</summary>
public sealed record Expectation
{
    /// <summary>The exact exception type; null when the call must succeed.</summary>
    public Type? Throws { get; init; }

    /// <summary>The times the SDK sent the call: the exception's <see cref="CustomGptApiException.Attempts"/>, and the requests the server logged.</summary>
    public required int Attempts { get; init; }

    /// <summary>Whether a server logs the requests; not when the connection is refused.</summary>
    public bool Logged { get; init; } = true;

    /// <summary>The exception's <see cref="CustomGptApiException.StatusCode"/> (0: no HTTP answer).</summary>
    public int? Status { get; init; }

    /// <summary>The exception's <see cref="CustomGptApiException.RetryAfter"/>.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Whether the exception's cause must be a read that broke (an IOException): the answer had begun when the connection went.</summary>
    public bool BrokeWhileReading { get; init; }

    /// <summary>The least time between two logged requests of the call (the server's Retry-After).</summary>
    public TimeSpan? MinimumGap { get; init; }

    /// <summary>The least time the call may take (waits and attempt timeouts it must sit out).</summary>
    public TimeSpan MinimumDuration { get; init; }

    /// <summary>The rule the expectation follows, shown when the case fails.</summary>
    public required string Because { get; init; }

    public override string ToString()
    {
        var result = Throws is null ? "success" : $"{Throws.Name}{(Status is { } status ? $" (status {status})" : "")}";
        var sent = Logged ? $"{Attempts} request(s) logged" : $"{Attempts} attempt(s), none reaching a server";
        return $"{result} after {sent}: {Because}";
    }
}
