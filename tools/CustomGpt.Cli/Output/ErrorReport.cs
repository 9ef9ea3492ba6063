using CustomGpt.Cli.Hosting;
using CustomGpt.Cli.Sandbox;

namespace CustomGpt.Cli.Output;

/// <summary>
/// A failed command in one line on stderr: what went wrong (the API's own message), the status, and
/// what to do about it. <c>--verbose</c> adds the details below it. Nothing here can show the key:
/// the SDK keeps it out of its exceptions and no header is printed.
/// </summary>
internal static class ErrorReport
{
    public static int Write(CliOutput output, Exception error, bool verbose, ApiConnection? connection)
    {
        output.Notice("error: " + Line(error, connection));
        if (verbose) foreach (var detail in Details(error, connection)) output.Notice("  " + detail);
        return ExitCodes.Failure;
    }

    static string Line(Exception error, ApiConnection? connection) => error switch
    {
        CustomGptApiException api => $"{What(api)} ({Status(api)}{(api.OperationId is { } operation ? $", {operation}" : "")}). {Advice(api, connection)}",
        IOException or UnauthorizedAccessException => error.Message,
        _ => $"{error.Message} ({error.GetType().Name}). Run with --verbose for details.",
    };

    static string What(CustomGptApiException error) => error switch
    {
        CustomGptTimeoutException timeout => $"no answer after {timeout.Elapsed.TotalSeconds:0} s",
        CustomGptConnectionException connection => $"could not connect: {connection.InnerException?.Message ?? connection.Message}",
        _ => error.ApiMessage is { Length: > 0 } message ? message.TrimEnd('.') : "the API gave no explanation",
    };

    static string Status(CustomGptApiException error) => error.StatusCode == 0 ? "no HTTP status" : $"HTTP {error.StatusCode}";

    static string Advice(CustomGptApiException error, ApiConnection? connection)
    {
        var sandbox = connection?.IsSandbox == true;
        return error switch
        {
            CustomGptTimeoutException => "The API is slow or busy: try again in a moment.",
            CustomGptConnectionException when sandbox => "The sandbox stopped answering: run the command again.",
            CustomGptConnectionException => $"Check your network, and {CustomGptClientOptions.BaseUrlVariable} or --base-url ({connection?.BaseUrl}).",
            CustomGptRateLimitException { IsQuotaExhausted: true } => "Your query credits are used up: see `customgpt limits` or upgrade the plan.",
            CustomGptRateLimitException { RetryAfter: { } wait } => $"Too many requests: try again in {Math.Ceiling(wait.TotalSeconds)} s.",
            CustomGptRateLimitException => "Too many requests: wait a little and try again.",
            { StatusCode: 401 } => $"Check {CustomGptClientOptions.ApiKeyVariable} (create a key in your CustomGPT.ai account), or run with --sandbox to try the CLI without one.",
            { StatusCode: 403 } => "This key or plan may not do that: see `customgpt limits`.",
            { StatusCode: 404 } when sandbox && error.ApiMessage == SandboxMappings.NoRecordingMessage => "The sandbox only knows the routes in spec/recordings: run with --verbose to see the request.",
            { StatusCode: 404 } => "Check the ids: `customgpt agents list` shows your agents.",
            { StatusCode: 400 or 422 } => "Check the values given: `--help` describes them.",
            { StatusCode: >= 500 } => "The API failed on its side: try again later.",
            _ => "Run with --verbose for details.",
        };
    }

    static IEnumerable<string> Details(Exception error, ApiConnection? connection)
    {
        if (connection is not null) yield return $"server: {connection.BaseUrl}{(connection.IsSandbox ? " (sandbox)" : "")}";
        if (error is CustomGptApiException api)
        {
            if (api.OperationId is not null) yield return $"operation: {api.OperationId}";
            yield return $"status: {Status(api)}{(api.ErrorCode is { } code ? $", API code {code}" : "")}";
            yield return $"attempts: {api.Attempts}{(api.EarlierAttempts.Count > 0 ? $" (earlier: {string.Join("; ", api.EarlierAttempts)})" : "")}";
            if (!string.IsNullOrEmpty(api.ResponseBody)) yield return $"response: {api.ResponseBody}";
        }
        yield return $"exception: {error}";
    }
}
