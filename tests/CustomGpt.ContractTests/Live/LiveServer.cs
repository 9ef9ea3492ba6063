using CustomGpt.ContractTests.Calls;

namespace CustomGpt.ContractTests.Live;

/// <summary>
/// The live server of live mode, from <c>CUSTOMGPT_CONTRACT_BASE_URL</c> and <c>CUSTOMGPT_API_KEY</c>;
/// null when either is missing. The ids the cases address are found on it (the first agent, its
/// first conversation, message, page, license, source and citation) since the recorded ids do not exist there.
/// </summary>
internal sealed class LiveServer
{
    public const string BaseUrlVariable = "CUSTOMGPT_CONTRACT_BASE_URL";
    public const string HowToEnable =
        $"Live mode is off: set {BaseUrlVariable} (e.g. https://app.customgpt.ai) and {CustomGptClientOptions.ApiKeyVariable} to run the read-only contract cases against that server.";

    static readonly Lazy<LiveServer?> LazyInstance = new(Create);
    readonly Lazy<Task<LiveIds>> _ids;

    LiveServer(CustomGptClient client, CapturingHandler capture)
    {
        Client = client;
        Capture = capture;
        _ids = new(() => LiveIds.DiscoverAsync(client));
    }

    public static LiveServer? Instance => LazyInstance.Value;

    public CustomGptClient Client { get; }

    public CapturingHandler Capture { get; }

    public Task<LiveIds> IdsAsync() => _ids.Value;

    static LiveServer? Create()
    {
        var baseUrl = Environment.GetEnvironmentVariable(BaseUrlVariable);
        var key = Environment.GetEnvironmentVariable(CustomGptClientOptions.ApiKeyVariable);
        if (string.IsNullOrWhiteSpace(baseUrl) || string.IsNullOrWhiteSpace(key)) return null;
        var capture = new CapturingHandler();
        var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = key, BaseUrl = new Uri(baseUrl) }, new HttpClient(capture));
        return new LiveServer(client, capture);
    }
}

/// <summary>Ids found on the live server; null where the account has none.</summary>
internal sealed record LiveIds(int? Agent, string? Session, int? Message, int? Page, int? Citation, int? License, int? Source)
{
    /// <summary>The ids as the call table takes them, or the name of the first one a path needs but the server lacks.</summary>
    public (ContractIds? Ids, string? Missing) For(string pathTemplate)
    {
        var needed = new (string Parameter, object? Value)[]
        {
            ("{projectId}", Agent), ("{sessionId}", Session), ("{promptId}", Message), ("{pageId}", Page),
            ("{citationId}", Citation), ("{id}", Citation), ("{licenseId}", License), ("{sourceId}", Source),
        };
        var missing = needed.FirstOrDefault(n => pathTemplate.Contains(n.Parameter, StringComparison.Ordinal) && n.Value is null).Parameter;
        return missing is not null
            ? (null, missing)
            : (new ContractIds(Agent ?? 0, Session ?? "", Message ?? 0, Page ?? 0, Citation ?? 0, License ?? 0, Source ?? 0), null);
    }

    /// <summary>Finds the ids with the list calls of the call table, so that discovery sends what the recordings expect.</summary>
    public static async Task<LiveIds> DiscoverAsync(CustomGptClient client)
    {
        async Task<T> List<T>(string operationId, ContractIds ids) => (T)(await OperationCalls.For(operationId, "success")!(client, ids))!;
        var none = new ContractIds(0, "", 0, 0, 0, 0, 0);
        if ((await List<AgentPage>("Agents_List", none)).Data?.FirstOrDefault()?.Id is not { } agent) return new LiveIds(null, null, null, null, null, null, null);
        var ids = none with { Agent = agent };
        var session = (await List<ConversationPage>("Conversations_List", ids)).Data?.FirstOrDefault()?.SessionId;
        var messages = session is null ? null : (await List<MessagesResult>("Conversations_ListMessages", ids with { Session = session })).Messages?.Data;
        var page = (await List<PagesResult>("Pages_List", ids)).Pages?.Data?.FirstOrDefault()?.Id;
        // The spec's License declares no id (a gap reported for the overlay); the API sends one.
        var license = (await List<IReadOnlyList<License>>("Licenses_List", ids)).FirstOrDefault()?.AdditionalProperties.TryGetValue("id", out var id) == true
            ? Convert.ToInt32(id, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var source = (await List<SourceList>("Sources_List", ids)).Sitemaps?.FirstOrDefault()?.Id;
        var citation = messages?.SelectMany(m => m.Citations ?? []).Cast<int?>().FirstOrDefault();
        return new LiveIds(agent, session, messages?.FirstOrDefault()?.Id, page, citation, license, source);
    }
}
