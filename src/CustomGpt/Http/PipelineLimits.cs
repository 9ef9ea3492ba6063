namespace CustomGpt.Http;

/// <summary>The timeouts, limits and retry rules of one client's pipeline, checked once when it is built.</summary>
internal sealed class PipelineLimits
{
    PipelineLimits(CustomGptClientOptions options, TimeSpan timeout)
    {
        Timeout = timeout;
        AttemptTimeout = options.AttemptTimeout;
        StreamIdleTimeout = Positive(options.StreamIdleTimeout, nameof(options.StreamIdleTimeout));
        MaxResponseBytes = Positive(options.MaxResponseBytes, nameof(options.MaxResponseBytes));
        MaxStreamEventBytes = Positive(options.MaxStreamEventBytes, nameof(options.MaxStreamEventBytes));
        Retry = options.Retry ?? new CustomGptRetryOptions();
    }

    public TimeSpan Timeout { get; }
    public TimeSpan AttemptTimeout { get; }
    public TimeSpan StreamIdleTimeout { get; }
    public int MaxResponseBytes { get; }
    public int MaxStreamEventBytes { get; }
    public CustomGptRetryOptions Retry { get; }

    public static PipelineLimits From(CustomGptClientOptions options, TimeSpan timeout) => new(options, timeout);

    /// <summary>Whether a call that has run <paramref name="elapsed"/> is still within its Timeout (an infinite one never ends).</summary>
    public bool WithinTimeout(TimeSpan elapsed) => Timeout == System.Threading.Timeout.InfiniteTimeSpan || elapsed < Timeout;

    static TimeSpan Positive(TimeSpan value, string name) =>
        value > TimeSpan.Zero || value == System.Threading.Timeout.InfiniteTimeSpan ? value
        : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive (or Timeout.InfiniteTimeSpan).");

    static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
}
