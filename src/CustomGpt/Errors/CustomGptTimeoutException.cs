namespace CustomGpt;

/// <summary>
/// A call took longer than <see cref="CustomGptClientOptions.Timeout"/> (or its last attempt longer
/// than <see cref="CustomGptClientOptions.AttemptTimeout"/>). A call the caller cancelled throws
/// <see cref="OperationCanceledException"/> instead.
/// </summary>
public sealed class CustomGptTimeoutException : CustomGptApiException
{
    internal CustomGptTimeoutException(ErrorDetails details, TimeSpan elapsed, Exception? innerException)
        : base(details, innerException: innerException) => Elapsed = elapsed;

    /// <summary>How long the call ran before it was given up.</summary>
    public TimeSpan Elapsed { get; }
}
