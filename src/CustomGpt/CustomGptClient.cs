using CustomGpt.Http;

namespace CustomGpt;

/// <summary>
/// The entry point of the SDK: one object, one property per area of the CustomGPT.ai API.
/// <code>
/// using var client = new CustomGptClient("123|AbC...");   // or CustomGptClient.FromEnvironment() to read CUSTOMGPT_API_KEY
/// Agent agent = await client.Agents.GetAsync(42);
/// </code>
/// Safe to share between threads; create one and keep it.
/// </summary>
public class CustomGptClient : IDisposable
{
    readonly HttpMessageInvoker? _pipeline;
    readonly string _description;

    /// <summary>A client configured from the environment (<c>CUSTOMGPT_API_KEY</c>, <c>CUSTOMGPT_BASE_URL</c>).</summary>
    /// <exception cref="InvalidOperationException">No API key is set; the message says how to provide one.</exception>
    public static CustomGptClient FromEnvironment() => new(new CustomGptClientOptions());

    /// <summary>A client for the production API with <paramref name="apiKey"/>.</summary>
    public CustomGptClient(string apiKey) : this(new CustomGptClientOptions { ApiKey = apiKey }) { }

    /// <summary>A client configured by <paramref name="options"/>, with an HTTP client of its own.</summary>
    public CustomGptClient(CustomGptClientOptions options) : this(options, null) { }

    /// <summary>
    /// A client configured by <paramref name="options"/> that sends through <paramref name="httpClient"/>
    /// (e.g. one from IHttpClientFactory), with the SDK's retries and timeouts around it. The caller
    /// keeps ownership of it; its own handlers and timeout still apply.
    /// </summary>
    public CustomGptClient(CustomGptClientOptions options, HttpClient? httpClient) : this(options, httpClient, null) { }

    /// <summary>
    /// The SDK's own pipeline over <paramref name="network"/> in place of its socket handler: for the
    /// benchmarks, which measure the pipeline's own work without a network.
    /// </summary>
    internal static CustomGptClient OverHandler(CustomGptClientOptions options, HttpMessageHandler network) => new(options, null, network);

    CustomGptClient(CustomGptClientOptions options, HttpClient? httpClient, HttpMessageHandler? network)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        var settings = ClientSettings.Resolve(options);
        _pipeline = HttpPipeline.Create(settings, options, httpClient, network);
        BaseUrl = settings.BaseUrl;
        _description = $"{nameof(CustomGptClient)} ({settings.BaseUrlText})";

        // One runtime for every area: the settings, the pipeline and the JSON settings are shared.
        var runtime = new ClientRuntime(settings, _pipeline, Json.ReadPolicy.From(options));
        Agents = new AgentsClient(runtime);
        AgentSettings = new AgentSettingsClient(runtime);
        Plugins = new PluginsClient(runtime);
        Pages = new PagesClient(runtime);
        PageMetadata = new PageMetadataClient(runtime);
        Conversations = new ConversationsClient(runtime);
        Messages = new MessagesClient(runtime);
        Citations = new CitationsClient(runtime);
        Sources = new SourcesClient(runtime);
        Reports = new ReportsClient(runtime);
        Licenses = new LicensesClient(runtime);
        Users = new UsersClient(runtime);
        Limits = new LimitsClient(runtime);
    }

    /// <summary>
    /// For fakes in tests: a subclass (or a mocking library) overrides the area properties it needs;
    /// the others are null. Such a client sends nothing.
    /// </summary>
    protected CustomGptClient()
    {
        BaseUrl = CustomGptClientOptions.DefaultBaseUrl;
        _description = $"{nameof(CustomGptClient)} (fake)";
        Agents = null!; AgentSettings = null!; Plugins = null!; Pages = null!; PageMetadata = null!; Conversations = null!;
        Messages = null!; Citations = null!; Sources = null!; Reports = null!; Licenses = null!; Users = null!; Limits = null!;
    }

    /// <summary>The API's base URL this client calls (the options', the environment's, or the production API).</summary>
    public Uri BaseUrl { get; }

    /// <summary>Agents: list, create, read, update, copy, delete, statistics.</summary>
    public virtual IAgentsClient Agents { get; }

    /// <summary>An agent's settings: chat widget look and answer behaviour.</summary>
    public virtual IAgentSettingsClient AgentSettings { get; }

    /// <summary>An agent's plugin.</summary>
    public virtual IPluginsClient Plugins { get; }

    /// <summary>The pages an agent has indexed, their re-indexing and previews.</summary>
    public virtual IPagesClient Pages { get; }

    /// <summary>The metadata shown for an indexed page.</summary>
    public virtual IPageMetadataClient PageMetadata { get; }

    /// <summary>Conversations and sending messages in them.</summary>
    public virtual IConversationsClient Conversations { get; }

    /// <summary>Single messages and their feedback.</summary>
    public virtual IMessagesClient Messages { get; }

    /// <summary>The sources an answer cites.</summary>
    public virtual ICitationsClient Citations { get; }

    /// <summary>An agent's sitemaps and uploaded files.</summary>
    public virtual ISourcesClient Sources { get; }

    /// <summary>Usage reports of an agent.</summary>
    public virtual IReportsClient Reports { get; }

    /// <summary>An agent's licenses.</summary>
    public virtual ILicensesClient Licenses { get; }

    /// <summary>The account behind the API key.</summary>
    public virtual IUsersClient Users { get; }

    /// <summary>The account's plan limits and usage.</summary>
    public virtual ILimitsClient Limits { get; }

    /// <summary>Releases the SDK's HTTP pipeline; a caller's HTTP client is left alone.</summary>
    public void Dispose()
    {
        Dispose(true);
        // Stryker disable once Statement : the client has no finalizer, so there is nothing to suppress; kept for subclasses that add one.
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the SDK's HTTP pipeline when <paramref name="disposing"/>.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing) _pipeline?.Dispose();
    }

    /// <summary>Names the client and its base URL; never shows a credential.</summary>
    public override string ToString() => _description;
}
