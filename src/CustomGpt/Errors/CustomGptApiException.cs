using System.Net.Http.Headers;

namespace CustomGpt;

/// <summary>
/// A call to the CustomGPT.ai API failed: the server answered an error, or an answer the SDK could
/// not read. Subclasses say which kind of failure it was (<see cref="CustomGptAuthenticationException"/>,
/// <see cref="CustomGptNotFoundException"/>, <see cref="CustomGptValidationException"/>,
/// <see cref="CustomGptRateLimitException"/>, <see cref="CustomGptServerException"/>).
/// </summary>
public class CustomGptApiException : Exception
{
    /// <summary>How much of a response body the exception keeps.</summary>
    public const int MaxBodyLength = 4096;

    internal CustomGptApiException(ErrorDetails details, string? message = null, Exception? innerException = null)
        : base(SecretText.Scrub(message ?? details.Describe(), details.Secrets), innerException)
    {
        _secrets = details.Secrets;
        StatusCode = details.StatusCode;
        ErrorCode = details.ErrorCode;
        ApiMessage = SecretText.Scrub(details.ApiMessage, _secrets);
        OperationId = details.OperationId;
        Headers = SecretText.Scrub(details.Headers, _secrets);
        // Scrubbed before truncation: a cut must not leave part of an echoed key behind.
        ResponseBody = Truncate(SecretText.Scrub(details.Body, _secrets));
        RetryAfter = ParseRetryAfter(details.Headers);
        Attempts = details.Attempts.Count + 1;
        EarlierAttempts = details.Attempts.Select(a => SecretText.Scrub(a, _secrets)!).ToArray();
    }

    // Kept to scrub ToString(), which includes inner exceptions' messages (a JSON reader's error
    // quotes the value it could not read, which may be an echoed key).
    readonly IReadOnlyList<string> _secrets = [];

    /// <summary>The exception, its inner exceptions and stack traces; never a credential the server echoed.</summary>
    public override string ToString() => SecretText.Scrub(base.ToString(), _secrets)!;

    /// <summary>How many times the call was sent.</summary>
    public int Attempts { get; }

    /// <summary>Why each attempt before the last failed (e.g. <c>HTTP 503</c>, <c>attempt timed out after 30 s</c>).</summary>
    public IReadOnlyList<string> EarlierAttempts { get; }

    /// <summary>The HTTP status of the response (200 when a success status carried an error body).</summary>
    public int StatusCode { get; }

    /// <summary>The API's own error code (<c>data.code</c>); usually, not always, the HTTP status.</summary>
    public int? ErrorCode { get; }

    /// <summary>The API's explanation (<c>data.message</c> or <c>message</c>), when it gave one.</summary>
    public string? ApiMessage { get; }

    /// <summary>The operation that failed, e.g. <c>Agents_Get</c>, when it could be told.</summary>
    public string? OperationId { get; }

    /// <summary>The response headers.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>How long the server asked to wait before trying again (<c>Retry-After</c>), if it did.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The start of the response body, at most <see cref="MaxBodyLength"/> characters.</summary>
    public string? ResponseBody { get; }

    static string? Truncate(string? body) =>
        body is null || body.Length <= MaxBodyLength ? body : body.Substring(0, MaxBodyLength) + "…";

    static TimeSpan? ParseRetryAfter(IReadOnlyDictionary<string, IEnumerable<string>> headers)
    {
        var value = headers.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (value is null || !RetryConditionHeaderValue.TryParse(value, out var parsed)) return null;
        if (parsed.Delta is { } delta) return delta;
        // Stryker disable once Equality : at a wait of zero exactly, either branch gives zero.
        if (parsed.Date is { } date) { var wait = date - DateTimeOffset.UtcNow; return wait < TimeSpan.Zero ? TimeSpan.Zero : wait; }
        return null;
    }
}
