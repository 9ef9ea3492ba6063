namespace CustomGpt;

/// <summary>
/// When and how the SDK tries a call again. Reads (GET) and idempotent writes (PUT, DELETE) are
/// retried on 408, 429, 500, 502, 503 and 504 and on transport failures; a POST only when it
/// provably never reached the server (the connection was refused). A 429 that reports exhausted
/// query credits is a quota, not throttling, and is not retried.
/// </summary>
public sealed class CustomGptRetryOptions
{
    /// <summary>Attempts in all, the first included; 1 turns retries off (e.g. when another layer retries). Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The first back-off; each further one doubles, with ±20% jitter. Default 0.5 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest single wait, whatever the server's Retry-After asks. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Describes the settings.</summary>
    public override string ToString() => $"{nameof(CustomGptRetryOptions)} {{ MaxAttempts = {MaxAttempts}, BaseDelay = {BaseDelay}, MaxDelay = {MaxDelay} }}";
}
