using CustomGpt.Extensions.Logging;
using Microsoft.Extensions.Logging;

namespace CustomGpt.Extensions.DependencyInjection;

/// <summary>
/// The options one DI-created client runs with: a copy of the app's options (never changed in
/// place, they are shared), with the SDK's retries off when the HttpClient's own handlers retry.
/// </summary>
internal static class EffectiveOptions
{
    public static CustomGptClientOptions For(CustomGptClientOptions options, bool handlersRetry, ILogger? readLog = null)
    {
        var retry = options.Retry ?? new CustomGptRetryOptions();
        return new CustomGptClientOptions
        {
            ApiKey = options.ApiKey,
            TokenProvider = options.TokenProvider,
            BaseUrl = options.BaseUrl,
            UserAgentSuffix = options.UserAgentSuffix,
            Timeout = options.Timeout,
            StrictReads = options.StrictReads,
            OnReadIssue = ReadIssueLog.Combine(options.OnReadIssue, readLog),
            // With retries below it, the SDK's single attempt spans all of the handler's attempts and
            // waits, so it gets the whole call's budget; the handler times its own attempts.
            AttemptTimeout = handlersRetry ? options.Timeout : options.AttemptTimeout,
            Retry = new CustomGptRetryOptions
            {
                MaxAttempts = handlersRetry ? 1 : retry.MaxAttempts,
                BaseDelay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
            },
        };
    }
}
