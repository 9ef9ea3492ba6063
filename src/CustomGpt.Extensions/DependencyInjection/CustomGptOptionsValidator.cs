using Microsoft.Extensions.Options;

namespace CustomGpt.Extensions.DependencyInjection;

/// <summary>
/// Checks the options when the host starts (ValidateOnStart), so that a missing key stops the app
/// at once with directions, instead of failing its first call.
/// </summary>
internal sealed class CustomGptOptionsValidator : IValidateOptions<CustomGptClientOptions>
{
    readonly Func<string, string?> _environment;

    public CustomGptOptionsValidator() : this(Environment.GetEnvironmentVariable) { }

    /// <summary>For tests: reads the environment through <paramref name="environment"/>.</summary>
    internal CustomGptOptionsValidator(Func<string, string?> environment) => _environment = environment;

    public ValidateOptionsResult Validate(string? name, CustomGptClientOptions options)
    {
        var failures = new List<string>();
        // The SDK falls back on the environment variable; so does the check.
        if (options.TokenProvider is null && string.IsNullOrWhiteSpace(options.ApiKey) &&
            string.IsNullOrWhiteSpace(_environment(CustomGptClientOptions.ApiKeyVariable)))
        {
            failures.Add(
                "CustomGpt: no API key. Set CustomGpt:ApiKey in configuration (user secrets, or the CustomGpt__ApiKey " +
                "environment variable), set ApiKey or TokenProvider in AddCustomGpt(o => ...), or set the " +
                $"{CustomGptClientOptions.ApiKeyVariable} environment variable.");
        }
        if (options.BaseUrl is { IsAbsoluteUri: false })
            failures.Add($"CustomGpt: BaseUrl '{options.BaseUrl}' is not an absolute URL, e.g. {CustomGptClientOptions.DefaultBaseUrl}.");
        if (!IsPositiveOrInfinite(options.Timeout))
            failures.Add($"CustomGpt: Timeout must be positive (or infinite); it is {options.Timeout}.");
        if (!IsPositiveOrInfinite(options.AttemptTimeout))
            failures.Add($"CustomGpt: AttemptTimeout must be positive (or infinite); it is {options.AttemptTimeout}.");
        if (options.Retry is { MaxAttempts: < 1 })
            failures.Add($"CustomGpt: Retry.MaxAttempts must be at least 1 (1 turns retries off); it is {options.Retry.MaxAttempts}.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    static bool IsPositiveOrInfinite(TimeSpan value) => value > TimeSpan.Zero || value == Timeout.InfiniteTimeSpan;
}
