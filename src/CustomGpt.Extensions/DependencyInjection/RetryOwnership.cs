namespace CustomGpt.Extensions.DependencyInjection;

/// <summary>
/// Which layer retries the calls of the DI-registered client: the SDK's own retry handler, unless
/// the app has put a retrying handler into the client's IHttpClientFactory pipeline. Retrying at
/// both layers would multiply the attempts (3 × 4 with the defaults) and the waits.
/// </summary>
internal sealed class RetryOwnership
{
    // Matched by name so that this package needs neither of them. Subclasses count too.
    static readonly HashSet<string> RetryingHandlerTypes = new(StringComparer.Ordinal)
    {
        // AddStandardResilienceHandler, AddStandardHedgingHandler, AddResilienceHandler.
        "Microsoft.Extensions.Http.Resilience.ResilienceHandler",
        // AddPolicyHandler and its kin (Microsoft.Extensions.Http.Polly).
        "Microsoft.Extensions.Http.PolicyHttpMessageHandler",
    };

    volatile bool _handlersRetry;

    /// <summary>Whether the client's handler pipeline retries, as last built by the factory.</summary>
    public bool HandlersRetry => _handlersRetry;

    /// <summary>Called with the pipeline's handlers each time the factory builds it.</summary>
    public void Observe(IEnumerable<DelegatingHandler> handlers) => _handlersRetry = handlers.Any(IsRetrying);

    static bool IsRetrying(DelegatingHandler handler)
    {
        for (var type = handler.GetType(); type is not null; type = type.BaseType)
            if (type.FullName is { } name && RetryingHandlerTypes.Contains(name)) return true;
        return false;
    }
}
