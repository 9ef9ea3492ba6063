using Microsoft.Extensions.Logging;

namespace CustomGpt.Extensions.Logging;

/// <summary>The events of the SDK's logs (categories <c>CustomGpt.Http</c> and <c>CustomGpt.Reads</c>), with stable ids.</summary>
internal static partial class LogMessages
{
    [LoggerMessage(EventId = 1, EventName = "ResponseReceived", Level = LogLevel.Information,
        Message = "CustomGPT {OperationId}: {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms (attempt {Attempt})")]
    public static partial void ResponseReceived(ILogger logger, string operationId, string method, string path, int statusCode, double elapsedMilliseconds, int attempt);

    [LoggerMessage(EventId = 2, EventName = "RequestFailed", Level = LogLevel.Warning,
        Message = "CustomGPT {OperationId}: {Method} {Path} failed after {ElapsedMilliseconds:0.0} ms (attempt {Attempt})")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string operationId, string method, string path, double elapsedMilliseconds, int attempt);

    [LoggerMessage(EventId = 3, EventName = "RequestCanceled", Level = LogLevel.Information,
        Message = "CustomGPT {OperationId}: {Method} {Path} canceled after {ElapsedMilliseconds:0.0} ms (attempt {Attempt})")]
    public static partial void RequestCanceled(ILogger logger, string operationId, string method, string path, double elapsedMilliseconds, int attempt);

    [LoggerMessage(EventId = 4, EventName = "RequestHeaders", Level = LogLevel.Trace,
        Message = "CustomGPT {OperationId}: {Method} {Path} request headers (attempt {Attempt}): {Headers}")]
    public static partial void RequestHeaders(ILogger logger, string operationId, string method, string path, int attempt, string headers);

    [LoggerMessage(EventId = 5, EventName = "ResponseHeaders", Level = LogLevel.Trace,
        Message = "CustomGPT {OperationId}: {Method} {Path} response headers (attempt {Attempt}): {Headers}")]
    public static partial void ResponseHeaders(ILogger logger, string operationId, string method, string path, int attempt, string headers);

    [LoggerMessage(EventId = 6, EventName = "ValueNotRead", Level = LogLevel.Warning,
        Message = "CustomGPT {OperationId}: the value at {JsonPath} was {Found} where {ExpectedType} was expected; it was left unset and the rest of the answer read")]
    public static partial void ValueNotRead(ILogger logger, string operationId, string jsonPath, string expectedType, string found);
}
