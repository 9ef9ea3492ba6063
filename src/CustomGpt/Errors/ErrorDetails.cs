namespace CustomGpt;

/// <summary>Everything known about a failed call, gathered before choosing the exception's kind.</summary>
internal sealed class ErrorDetails(
    int statusCode,
    int? errorCode,
    string? apiMessage,
    string? operationId,
    string? body,
    IReadOnlyDictionary<string, IEnumerable<string>> headers,
    IReadOnlyList<string>? attempts = null)
{
    public int StatusCode { get; } = statusCode;
    public int? ErrorCode { get; } = errorCode;
    public string? ApiMessage { get; } = apiMessage;
    public string? OperationId { get; } = operationId;
    public string? Body { get; } = body;
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; } = headers;

    /// <summary>The forms of the credential the failed request carried, to scrub from every text (see <see cref="SecretText"/>).</summary>
    public IReadOnlyList<string> Secrets { get; set; } = [];

    /// <summary>Why each earlier attempt failed, when the call was tried more than once.</summary>
    public IReadOnlyList<string> Attempts { get; } = attempts ?? [];

    /// <summary>The exception message: the operation, the status and the API's own words. Never a credential.</summary>
    public string Describe()
    {
        var operation = OperationId ?? "The CustomGPT API call";
        var status = StatusCode == 0 ? "no complete response" : ErrorCode is { } code && code != StatusCode ? $"HTTP {StatusCode} (API code {code})" : $"HTTP {StatusCode}";
        var message = ApiMessage is null ? $"{operation} failed with {status}." : $"{operation} failed with {status}: {ApiMessage}";
        return Attempts.Count == 0 ? message : $"{message} ({Attempts.Count + 1} attempts; earlier: {string.Join("; ", Attempts)})";
    }
}
