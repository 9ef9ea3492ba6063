using System.Net;
using System.Text;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// One public method per operation id of the spec, returning what the SDK hands the caller. Which
/// operation reads which schema is decided from the spec (<see cref="SpecShapes"/>), not here.
/// </summary>
internal static class OperationCalls
{
    public static readonly IReadOnlyDictionary<string, Func<CustomGptClient, Task<object>>> ByOperation = new Dictionary<string, Func<CustomGptClient, Task<object>>>
    {
        ["Agents_Get"] = async c => await c.Agents.GetAsync(1),
        ["Agents_List"] = async c => await c.Agents.ListAsync(),
        ["Agents_GetStats"] = async c => await c.Agents.GetStatsAsync(1),
        ["Agents_Delete"] = async c => await c.Agents.DeleteAsync(1),
        ["Pages_List"] = async c => await c.Pages.ListAsync(1),
        ["Pages_Delete"] = async c => await c.Pages.DeleteAsync(1, 2),
        ["Pages_Reindex"] = async c => await c.Pages.ReindexAsync(1, 2),
        ["PageMetadata_Get"] = async c => await c.PageMetadata.GetAsync(1, 2),
        ["AgentSettings_Get"] = async c => await c.AgentSettings.GetAsync(1),
        ["AgentSettings_Update"] = async c => await c.AgentSettings.UpdateAsync(1, new UpdateAgentSettingsRequest()),
        ["Plugins_Get"] = async c => await c.Plugins.GetAsync(1),
        ["Conversations_List"] = async c => await c.Conversations.ListAsync(1),
        ["Conversations_Create"] = async c => await c.Conversations.CreateAsync(1, new CreateConversationRequest { Name = "x" }),
        ["Conversations_Delete"] = async c => await c.Conversations.DeleteAsync(1, "s"),
        ["Conversations_ListMessages"] = async c => await c.Conversations.ListMessagesAsync(1, "s"),
        ["Conversations_SendMessageOpenAi"] = async c => await c.Conversations.SendMessageOpenAiAsync(1, new ChatCompletionRequest()),
        ["Messages_Get"] = async c => await c.Messages.GetAsync(1, "s", 2),
        ["Sources_List"] = async c => await c.Sources.ListAsync(1),
        ["Sources_Sync"] = async c => await c.Sources.SyncAsync(1, 2),
        ["Sources_Delete"] = async c => await c.Sources.DeleteAsync(1, 2),
        ["Reports_GetTraffic"] = async c => await c.Reports.GetTrafficAsync(1, [TrafficReportFilter.Sources]),
        ["Reports_GetQueries"] = async c => await c.Reports.GetQueriesAsync(1, [QueryReportFilter.Total]),
        ["Reports_GetConversations"] = async c => await c.Reports.GetConversationsAsync(1, [ConversationReportFilter.Total]),
        ["Reports_GetAnalysis"] = async c => await c.Reports.GetAnalysisAsync(1, [AnalysisReportFilter.Queries]),
        ["Licenses_List"] = async c => await c.Licenses.ListAsync(1),
        ["Licenses_Create"] = async c => await c.Licenses.CreateAsync(1, new CreateLicenseRequest { Name = "x" }),
        ["Licenses_Get"] = async c => await c.Licenses.GetAsync(1, 2),
        ["Licenses_Delete"] = async c => await c.Licenses.DeleteAsync(1, 2),
        ["Users_Get"] = async c => await c.Users.GetAsync(),
        ["Limits_GetUsage"] = async c => await c.Limits.GetUsageAsync(),
        // Streams: the first event read (the body holds the event under test, then the end of the stream).
        [SpecShapes.MessageStream] = async c => await FirstAsync(c.Conversations.SendMessageStreamAsync(1, "s", new SendMessageRequest { Prompt = "Hi" })),
        [SpecShapes.ChunkStream] = async c => await FirstAsync(c.Conversations.SendMessageOpenAiStreamAsync(1, new ChatCompletionRequest())),
    };

    /// <summary>How a body under test is framed on the wire: JSON, or one event followed by the stream's end.</summary>
    public static (string Body, string ContentType) Frame(string operation, string json) => operation switch
    {
        SpecShapes.MessageStream => ($"data: {json}\n\ndata: {{\"status\":\"finish\"}}\n\n", "text/event-stream"),
        SpecShapes.ChunkStream => ($"data: {json}\n\ndata: [DONE]\n\n", "text/event-stream"),
        _ => (json, "application/json"),
    };

    /// <summary>Calls <paramref name="operation"/> against an in-memory endpoint answering <paramref name="json"/>.</summary>
    public static Task<object> CallAsync(string operation, string json, bool strict = false, Action<ReadIssue>? onIssue = null)
    {
        var (body, contentType) = Frame(operation, json);
        var endpoint = new RecordingHandler(HttpStatusCode.OK, body, contentType);
        var client = new CustomGptClient(new CustomGptClientOptions
        {
            ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/"), Retry = new() { MaxAttempts = 1 }, StrictReads = strict, OnReadIssue = onIssue,
        }, endpoint.Client());
        return ByOperation[operation](client);
    }

    static async Task<object> FirstAsync<T>(IAsyncEnumerable<T> events) where T : class
    {
        await foreach (var e in events) return e;
        throw new InvalidOperationException("no event");
    }
}
