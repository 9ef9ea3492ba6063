using CustomGpt.Http;

namespace CustomGpt;

/// <summary>
/// The entry point of the SDK: one object, one property per area of the CustomGPT.ai API.
/// <code>
/// using var client = new CustomGptClient("123|AbC...");   // or new CustomGptClient() to read CUSTOMGPT_API_KEY
/// Agent agent = await client.Agents.GetAsync(42);
/// </code>
/// Safe to share between threads; create one and keep it.
/// </summary>
public sealed class CustomGptClient : IDisposable
{
    readonly HttpClient _httpClient;

    /// <summary>A client configured from the environment (<c>CUSTOMGPT_API_KEY</c>, <c>CUSTOMGPT_BASE_URL</c>).</summary>
    /// <exception cref="InvalidOperationException">No API key is set; the message says how to provide one.</exception>
    public CustomGptClient() : this(new CustomGptClientOptions()) { }

    /// <summary>A client for the production API with <paramref name="apiKey"/>.</summary>
    public CustomGptClient(string apiKey) : this(new CustomGptClientOptions { ApiKey = apiKey }) { }

    /// <summary>A client configured by <paramref name="options"/>, with an HTTP client of its own.</summary>
    public CustomGptClient(CustomGptClientOptions options) : this(options, null) { }

    /// <summary>
    /// A client configured by <paramref name="options"/> that sends through <paramref name="httpClient"/>
    /// (e.g. one from IHttpClientFactory), with the SDK's retries and timeouts around it. The caller
    /// keeps ownership of it; its own handlers and timeout still apply.
    /// </summary>
    public CustomGptClient(CustomGptClientOptions options, HttpClient? httpClient)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        var settings = ClientSettings.Resolve(options);
        _httpClient = httpClient = HttpPipeline.Create(settings, options, httpClient);

        // Resolved once: the clients share the token provider and the base URL.
        var resolved = new CustomGptClientOptions
        {
            BaseUrl = settings.BaseUrl,
            TokenProvider = options.TokenProvider ?? new Auth.ApiKeyTokenProvider(ResolvedKey(options), [settings.BaseUrl.Host]),
            UserAgentSuffix = options.UserAgentSuffix,
            Timeout = settings.Timeout,
            AttemptTimeout = options.AttemptTimeout,
            Retry = options.Retry,
        };
        var baseUrl = settings.BaseUrlText;
        Agents = new AgentsClient(resolved, httpClient) { BaseUrl = baseUrl };
        AgentSettings = new AgentSettingsClient(resolved, httpClient) { BaseUrl = baseUrl };
        Plugins = new PluginsClient(resolved, httpClient) { BaseUrl = baseUrl };
        Pages = new PagesClient(resolved, httpClient) { BaseUrl = baseUrl };
        PageMetadata = new PageMetadataClient(resolved, httpClient) { BaseUrl = baseUrl };
        Conversations = new ConversationsClient(resolved, httpClient) { BaseUrl = baseUrl };
        Messages = new MessagesClient(resolved, httpClient) { BaseUrl = baseUrl };
        Citations = new CitationsClient(resolved, httpClient) { BaseUrl = baseUrl };
        Sources = new SourcesClient(resolved, httpClient) { BaseUrl = baseUrl };
        Reports = new ReportsClient(resolved, httpClient) { BaseUrl = baseUrl };
        Licenses = new LicensesClient(resolved, httpClient) { BaseUrl = baseUrl };
        Users = new UsersClient(resolved, httpClient) { BaseUrl = baseUrl };
        Limits = new LimitsClient(resolved, httpClient) { BaseUrl = baseUrl };
    }

    /// <summary>Agents: list, create, read, update, copy, delete, statistics.</summary>
    public IAgentsClient Agents { get; }

    /// <summary>An agent's settings: chat widget look and answer behaviour.</summary>
    public IAgentSettingsClient AgentSettings { get; }

    /// <summary>An agent's plugin.</summary>
    public IPluginsClient Plugins { get; }

    /// <summary>The pages an agent has indexed, their re-indexing and previews.</summary>
    public IPagesClient Pages { get; }

    /// <summary>The metadata shown for an indexed page.</summary>
    public IPageMetadataClient PageMetadata { get; }

    /// <summary>Conversations and sending messages in them.</summary>
    public IConversationsClient Conversations { get; }

    /// <summary>Single messages and their feedback.</summary>
    public IMessagesClient Messages { get; }

    /// <summary>The sources an answer cites.</summary>
    public ICitationsClient Citations { get; }

    /// <summary>An agent's sitemaps and uploaded files.</summary>
    public ISourcesClient Sources { get; }

    /// <summary>Usage reports of an agent.</summary>
    public IReportsClient Reports { get; }

    /// <summary>An agent's licenses.</summary>
    public ILicensesClient Licenses { get; }

    /// <summary>The account behind the API key.</summary>
    public IUsersClient Users { get; }

    /// <summary>The account's plan limits and usage.</summary>
    public ILimitsClient Limits { get; }

    /// <summary>Releases the SDK's HTTP pipeline; a caller's HTTP client is left alone.</summary>
    public void Dispose() => _httpClient.Dispose();

    /// <summary>Names the client; never shows a credential.</summary>
    public override string ToString() => $"{nameof(CustomGptClient)} ({Agents.GetType().Name} at {((AgentsClient)Agents).BaseUrl})";

    static string ResolvedKey(CustomGptClientOptions options) =>
        string.IsNullOrWhiteSpace(options.ApiKey) ? Environment.GetEnvironmentVariable(CustomGptClientOptions.ApiKeyVariable)! : options.ApiKey!;
}
