using Microsoft.Extensions.DependencyInjection;
using CustomGpt.Extensions.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomGpt.Extensions.DependencyInjection;

/// <summary>Creates the DI-registered <see cref="CustomGptClient"/> over the factory's HttpClient.</summary>
internal static class CustomGptClientFactory
{
    public static CustomGptClient Create(HttpClient httpClient, IServiceProvider services)
    {
        // CurrentValue: a reloaded configuration (e.g. a rotated key) reaches the next client created.
        var options = services.GetRequiredService<IOptionsMonitor<CustomGptClientOptions>>().CurrentValue;
        // The factory built the handler pipeline while creating httpClient, so ownership is known now.
        var handlersRetry = services.GetRequiredService<RetryOwnership>().HandlersRetry;
        // Values the SDK could not read are logged as warnings when the app has logging.
        var readLog = services.GetService<ILoggerFactory>()?.CreateLogger(ReadIssueLog.Category);
        return new CustomGptClient(EffectiveOptions.For(options, handlersRetry, readLog), httpClient);
    }
}
