namespace CustomGpt.ContractTests.Faults;

/// <summary>
/// The client's limits in the fault matrix: small, so that the whole matrix runs in seconds, yet far
/// enough apart that a loaded machine running many cases at once does not turn an answer into a
/// per-attempt timeout (and so an unexpected retry).
/// </summary>
public static class FaultTimings
{
    /// <summary>At least 4, so that "503 three times, then 200" ends in success for an idempotent call.</summary>
    public const int MaxAttempts = 4;

    /// <summary>The first back-off; the three back-offs of a call add up to well under a second.</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(20);

    /// <summary>Above the <c>Retry-After: 1</c> the server asks for, so that the wait is the server's, not the cap.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    /// <summary>Far above the time a local answer takes, even with a fault's calls all at once on a busy machine.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(750);

    /// <summary>Above every attempt and wait of a call: MaxAttempts × AttemptTimeout plus back-off, or a Retry-After and two answers.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>How long the slow server waits before answering: beyond <see cref="AttemptTimeout"/>.</summary>
    public static readonly TimeSpan ServerDelay = TimeSpan.FromSeconds(1.5);

    /// <summary>The <c>Retry-After</c> of the throttling answer, in seconds.</summary>
    public const int RetryAfterSeconds = 1;

    /// <summary>A call still running after this long hangs: over three times <see cref="Timeout"/>.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    /// <summary>The options of every client of the matrix, pointed at <paramref name="baseUrl"/>.</summary>
    public static CustomGptClientOptions ClientOptions(Uri baseUrl) =>
        Options(baseUrl, Timeout, AttemptTimeout, new CustomGptRetryOptions { MaxAttempts = MaxAttempts, BaseDelay = BaseDelay, MaxDelay = MaxDelay });

    /// <summary>Options with no limit worth the name and no retries: for calls that only have to get through.</summary>
    public static CustomGptClientOptions PatientOptions(Uri baseUrl) => Options(baseUrl, Bound, Bound, new CustomGptRetryOptions { MaxAttempts = 1 });

    /// <summary>Options with the fake key, pointed at <paramref name="baseUrl"/>.</summary>
    public static CustomGptClientOptions Options(Uri baseUrl, TimeSpan timeout, TimeSpan attemptTimeout, CustomGptRetryOptions retry) => new()
    {
        ApiKey = SpecTool.Record.FakeCredentials.ApiKey, BaseUrl = baseUrl, Timeout = timeout, AttemptTimeout = attemptTimeout, Retry = retry,
    };
}
