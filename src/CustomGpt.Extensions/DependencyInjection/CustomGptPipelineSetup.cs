using CustomGpt.Extensions.Logging;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomGpt.Extensions.DependencyInjection;

/// <summary>
/// Completes the handler pipeline of the CustomGpt HttpClient after the app has configured it. As a
/// post-configuration it runs after every AddHttpMessageHandler, AddStandardResilienceHandler and
/// ConfigureHttpClientDefaults, whatever the order of the calls, so it sees the app's handlers and
/// its logging handler ends up innermost, where it sees every attempt of every retrying layer.
/// </summary>
internal sealed class CustomGptPipelineSetup(ILoggerFactory loggerFactory, RetryOwnership retryOwnership) : IPostConfigureOptions<HttpClientFactoryOptions>
{
    /// <summary>The category of the SDK's request log.</summary>
    public const string LogCategory = "CustomGpt.Http";

    public void PostConfigure(string? name, HttpClientFactoryOptions options)
    {
        if (name != CustomGptHttpClient.Name) return;
        var logger = loggerFactory.CreateLogger(LogCategory);
        options.HttpMessageHandlerBuilderActions.Add(builder =>
        {
            retryOwnership.Observe(builder.AdditionalHandlers);
            builder.AdditionalHandlers.Add(new CustomGptLoggingHandler(logger));
        });

        // The factory's own request logging shows header values at Trace level: whatever the app
        // chose to redact, the credential headers are redacted too.
        var appRedacts = options.ShouldRedactHeaderValue;
        options.ShouldRedactHeaderValue = header => SensitiveHeaders.Contains(header) || appRedacts(header);
    }
}
