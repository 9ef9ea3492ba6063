namespace CustomGpt;

/// <summary>
/// The API answered 429: either throttling (wait <see cref="CustomGptApiException.RetryAfter"/> and
/// try again) or an exhausted quota of query credits (<see cref="IsQuotaExhausted"/>: retrying does not help).
/// </summary>
public sealed class CustomGptRateLimitException : CustomGptApiException
{
    internal CustomGptRateLimitException(ErrorDetails details) : base(details) =>
        IsQuotaExhausted = details.ApiMessage?.IndexOf("credit", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>Whether the account's query credits are used up (a quota, not throttling).</summary>
    public bool IsQuotaExhausted { get; }
}
