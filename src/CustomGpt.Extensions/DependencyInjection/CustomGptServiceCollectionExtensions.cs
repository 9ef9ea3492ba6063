using CustomGpt;
using CustomGpt.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

// In the namespace of IServiceCollection, as the framework's own AddXxx methods are, so that
// AddCustomGpt shows up where services are registered without another using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the CustomGPT.ai SDK with dependency injection.</summary>
public static class CustomGptServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CustomGptClient"/> on an HttpClient from IHttpClientFactory, configured by
    /// <paramref name="configure"/>. The options are validated when the host starts: a missing API key
    /// stops the app with a message that says where to set one.
    /// </summary>
    /// <remarks>
    /// <code>
    /// services.AddCustomGpt(o => o.ApiKey = builder.Configuration["CustomGpt:ApiKey"])
    ///         .AddStandardResilienceHandler();   // optional: then it retries, and the SDK does not
    /// </code>
    /// Retries: the SDK retries (per <see cref="CustomGptClientOptions.Retry"/>) unless the returned
    /// builder's pipeline holds a retrying handler (<c>AddStandardResilienceHandler</c>, any
    /// <c>AddResilienceHandler</c>, a Polly <c>AddPolicyHandler</c>, also through
    /// <c>ConfigureHttpClientDefaults</c>); then the SDK makes one attempt per call and that handler
    /// retries, so no call is retried at both layers. Each attempt is logged under the category
    /// <c>CustomGpt.Http</c>; a value of an answer the SDK could not read (left unset, the rest read)
    /// is a warning under <c>CustomGpt.Reads</c>. <see cref="CustomGptClient"/> is transient, as typed clients are: resolve
    /// it where it is used, or from a scope, rather than keeping one in a singleton.
    /// </remarks>
    /// <param name="services">The services to add to.</param>
    /// <param name="configure">Sets the options: API key (or token provider), base URL, timeouts, retries.</param>
    /// <returns>The builder of the client's HttpClient, to add handlers (e.g. resilience) or configure it.</returns>
    public static IHttpClientBuilder AddCustomGpt(this IServiceCollection services, Action<CustomGptClientOptions> configure)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (configure is null) throw new ArgumentNullException(nameof(configure));
        services.AddOptions<CustomGptClientOptions>().Configure(configure);
        return AddClient(services);
    }

    /// <summary>
    /// Registers <see cref="CustomGptClient"/> on an HttpClient from IHttpClientFactory, with options
    /// bound from <paramref name="section"/> (e.g. <c>configuration.GetSection("CustomGpt")</c>):
    /// <c>ApiKey</c>, <c>BaseUrl</c>, <c>Timeout</c>, <c>AttemptTimeout</c>, <c>UserAgentSuffix</c>,
    /// <c>Retry:MaxAttempts</c>, <c>Retry:BaseDelay</c>, <c>Retry:MaxDelay</c>.
    /// </summary>
    /// <remarks>
    /// As <see cref="AddCustomGpt(IServiceCollection, Action{CustomGptClientOptions})"/>; keep the key
    /// out of appsettings.json (user secrets, the <c>CustomGpt__ApiKey</c> environment variable, a vault).
    /// </remarks>
    /// <param name="services">The services to add to.</param>
    /// <param name="section">The configuration section holding the options.</param>
    /// <returns>The builder of the client's HttpClient, to add handlers (e.g. resilience) or configure it.</returns>
    public static IHttpClientBuilder AddCustomGpt(this IServiceCollection services, IConfigurationSection section)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (section is null) throw new ArgumentNullException(nameof(section));
        services.AddOptions<CustomGptClientOptions>().Bind(section);
        return AddClient(services);
    }

    static IHttpClientBuilder AddClient(IServiceCollection services)
    {
        services.AddOptions<CustomGptClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CustomGptClientOptions>, CustomGptOptionsValidator>());
        services.TryAddSingleton<RetryOwnership>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<HttpClientFactoryOptions>, CustomGptPipelineSetup>());

        // The SDK enforces its own Timeout and AttemptTimeout, and names them in its exceptions;
        // HttpClient's default 100 s would otherwise end long calls first, unnamed.
        var builder = services.AddHttpClient(CustomGptHttpClient.Name, http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddTypedClient(CustomGptClientFactory.Create);
        return builder;
    }
}
