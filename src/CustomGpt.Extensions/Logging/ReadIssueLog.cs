using Microsoft.Extensions.Logging;

namespace CustomGpt.Extensions.Logging;

/// <summary>
/// Connects <see cref="CustomGptClientOptions.OnReadIssue"/> to an <see cref="ILogger"/>: each value
/// the SDK could not read becomes a warning with the operation, the JSON path and the expected type,
/// never the value itself. An observer the app set still runs, after the log.
/// </summary>
internal static class ReadIssueLog
{
    /// <summary>The category of the warnings.</summary>
    public const string Category = "CustomGpt.Reads";

    public static Action<ReadIssue>? Combine(Action<ReadIssue>? observer, ILogger? logger)
    {
        if (logger is null) return observer;
        return issue =>
        {
            LogMessages.ValueNotRead(logger, issue.OperationId, issue.Path, issue.ExpectedType, issue.Found);
            observer?.Invoke(issue);
        };
    }
}
