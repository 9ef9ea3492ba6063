using CustomGpt.Auth;

namespace CustomGpt.Http;

/// <summary>
/// The options resolved once: environment fallbacks applied, the token provider chosen, the user
/// agent built. Resolution fails here, at construction, when no credential is to be had.
/// </summary>
internal sealed class ClientSettings
{
    ClientSettings(Uri baseUrl, RequestAuthorizer authorizer, string userAgent, TimeSpan timeout)
    {
        BaseUrl = baseUrl;
        Authorizer = authorizer;
        UserAgent = userAgent;
        Timeout = timeout;
    }

    public Uri BaseUrl { get; }
    public RequestAuthorizer Authorizer { get; }
    public string UserAgent { get; }
    public TimeSpan Timeout { get; }

    /// <summary>The base URL as the generated clients want it: absolute, ending with a slash.</summary>
    public string BaseUrlText => _baseUrlText ??= BaseUrl.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? BaseUrl.AbsoluteUri : BaseUrl.AbsoluteUri + "/";

    string? _baseUrlText;

    public static ClientSettings Resolve(CustomGptClientOptions options)
    {
        var baseUrl = options.BaseUrl ?? FromEnvironment() ?? CustomGptClientOptions.DefaultBaseUrl;
        if (!baseUrl.IsAbsoluteUri)
            throw new ArgumentException($"The base URL must be absolute, e.g. {CustomGptClientOptions.DefaultBaseUrl}.", nameof(options));

        var provider = options.TokenProvider;
        if (provider is null)
        {
            var key = string.IsNullOrWhiteSpace(options.ApiKey) ? Environment.GetEnvironmentVariable(CustomGptClientOptions.ApiKeyVariable) : options.ApiKey;
            if (string.IsNullOrWhiteSpace(key))
                throw new InvalidOperationException(
                    "No CustomGPT API key was given. Pass one to new CustomGptClient(apiKey), set CustomGptClientOptions.ApiKey " +
                    $"(or TokenProvider), or set the {CustomGptClientOptions.ApiKeyVariable} environment variable.");
            provider = new ApiKeyTokenProvider(key!, [baseUrl.Host]);
        }
        return new ClientSettings(baseUrl, new RequestAuthorizer(provider), Http.UserAgent.For(options.UserAgentSuffix), options.Timeout);
    }

    static Uri? FromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable(CustomGptClientOptions.BaseUrlVariable);
        if (string.IsNullOrWhiteSpace(text)) return null;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{CustomGptClientOptions.BaseUrlVariable} is not an absolute URL.");
    }
}
