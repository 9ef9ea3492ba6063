using static CustomGpt.ContractTests.Calls.Calls;

namespace CustomGpt.ContractTests.Calls;

/// <summary>
/// The SDK call behind every recording: <c>operationId</c> for all its cases, <c>operationId.case</c>
/// where a case calls differently (pages, streams, uploads). The arguments are the ones the
/// recordings' request matchers expect, so a change in what the SDK sends for them fails the case.
/// </summary>
public static class OperationCalls
{
    // A new object per call: the query values (lang, external_id) are properties of the request.
    static SendMessageRequest Question(string? lang = null, string? externalId = null) =>
        new() { Prompt = "How do I reset my password?", Lang = lang, ExternalId = externalId };
    static ChatCompletionRequest OpenAiQuestion() => new()
    {
        Messages = [new() { Role = ChatRole.System, Content = "Answer briefly." }, new() { Role = ChatRole.User, Content = "How do I reset my password?" }],
    };

    static readonly Dictionary<string, ContractCall> Table = new(StringComparer.Ordinal)
    {
        ["Agents_List"] = One((c, _) => c.Agents.ListAsync(new AgentListOptions { Page = 1, Order = SortOrder.Desc })),
        ["Agents_List.paged"] = Pages((c, _) => c.Agents.ListAllAsync(new AgentListOptions { Order = SortOrder.Desc })),
        ["Agents_Create"] = One((c, _) => c.Agents.CreateAsync(new CreateAgentRequest { ProjectName = "Product handbook", SitemapPath = "https://docs.example.com/sitemap.xml" })),
        ["Agents_Create.with-file"] = One((c, _) => c.Agents.CreateAsync(new CreateAgentRequest
        {
            ProjectName = "Security guide", FileDataRetention = true, IsOcrEnabled = false,
            File = TextFile("security-guide.txt", "Password resets are done from Settings > Security."),
        })),
        ["Agents_Get"] = One((c, i) => c.Agents.GetAsync(i.Agent, new AgentGetOptions { Width = "100%", Height = "640px" })),
        ["Agents_Update"] = One((c, i) => c.Agents.UpdateAsync(i.Agent, new UpdateAgentRequest { ProjectName = "Product handbook (v2)", IsShared = true, AreLicensesAllowed = false })),
        ["Agents_Delete"] = One((c, i) => c.Agents.DeleteAsync(i.Agent)),
        ["Agents_Replicate"] = One((c, i) => c.Agents.ReplicateAsync(i.Agent)),
        ["Agents_GetStats"] = One((c, i) => c.Agents.GetStatsAsync(i.Agent)),

        ["AgentSettings_Get"] = One((c, i) => c.AgentSettings.GetAsync(i.Agent)),
        ["AgentSettings_Update"] = One((c, i) => c.AgentSettings.UpdateAsync(i.Agent, new UpdateAgentSettingsRequest
        {
            DefaultPrompt = "Ask me anything about the product",
            ExampleQuestions = ["How do I reset my password?", "Which plans include SSO?"], ResponseSource = ResponseSource.OwnContent,
            RemoveBranding = false, ChatbotModel = ChatbotModel.Gpt4oMini,
        })),

        ["Plugins_Get"] = One((c, i) => c.Plugins.GetAsync(i.Agent)),
        ["Plugins_Create"] = One((c, i) => c.Plugins.CreateAsync(i.Agent, new CreateAgentPluginRequest
        {
            ModelName = "ProductHandbook", HumanName = "Product Handbook", Keywords = "product, handbook, how-to",
            Description = "Answers questions from the product handbook.", IsActive = true,
        })),
        ["Plugins_Update"] = One((c, i) => c.Plugins.UpdateAsync(i.Agent, new UpdateAgentPluginRequest { HumanName = "Product Handbook (EU)", IsActive = false })),

        ["Pages_List"] = One((c, i) => c.Pages.ListAsync(i.Agent, new PageListOptions { Page = 1, Limit = 20, CrawlStatus = PageStatusFilter.All })),
        ["Pages_List.paged"] = Pages((c, i) => c.Pages.ListAllAsync(i.Agent, new PageListOptions { Limit = 2 })),
        ["Pages_Delete"] = One((c, i) => c.Pages.DeleteAsync(i.Agent, i.Page)),
        ["Pages_Reindex"] = One((c, i) => c.Pages.ReindexAsync(i.Agent, i.Page)),
        ["Pages_Preview"] = One((c, i) => c.Pages.PreviewAsync(i.Citation)),

        ["PageMetadata_Get"] = One((c, i) => c.PageMetadata.GetAsync(i.Agent, i.Page)),
        ["PageMetadata_Update"] = One((c, i) => c.PageMetadata.UpdateAsync(i.Agent, i.Page, new UpdatePageMetadataRequest
        {
            Title = "Reset your password", Description = "How to reset a forgotten password.", Image = "https://docs.example.com/img/security.png",
        })),

        ["Conversations_List"] = One((c, i) => c.Conversations.ListAsync(i.Agent, new ConversationListOptions { Page = 1, Order = SortOrder.Desc, UserFilter = ConversationUserFilter.All })),
        ["Conversations_List.paged"] = Pages((c, i) => c.Conversations.ListAllAsync(i.Agent, new ConversationListOptions { Order = SortOrder.Desc })),
        ["Conversations_Create"] = One((c, i) => c.Conversations.CreateAsync(i.Agent, new CreateConversationRequest { Name = "Onboarding questions" })),
        ["Conversations_Update"] = One((c, i) => c.Conversations.UpdateAsync(i.Agent, i.Session, new UpdateConversationRequest { Name = "Password help" })),
        ["Conversations_Delete"] = One((c, i) => c.Conversations.DeleteAsync(i.Agent, i.Session)),
        ["Conversations_ListMessages"] = One((c, i) => c.Conversations.ListMessagesAsync(i.Agent, i.Session, new MessageListOptions { Page = 1, Order = SortOrder.Asc })),
        ["Conversations_ListMessages.paged"] = Pages((c, i) => c.Conversations.ListAllMessagesAsync(i.Agent, i.Session, new MessageListOptions { Order = SortOrder.Asc })),
        ["Conversations_SendMessage"] = One((c, i) => c.Conversations.SendMessageAsync(i.Agent, i.Session, Question(lang: "en", externalId: "ticket-4711"))),
        ["Conversations_SendMessage.stream"] = Stream((c, i) => c.Conversations.SendMessageStreamAsync(i.Agent, i.Session, Question(lang: "en"))),
        ["Conversations_SendMessageOpenAi"] = One((c, i) => c.Conversations.SendMessageOpenAiAsync(i.Agent, OpenAiQuestion())),
        ["Conversations_SendMessageOpenAi.stream"] = Stream((c, i) => c.Conversations.SendMessageOpenAiStreamAsync(i.Agent, OpenAiQuestion())),

        ["Messages_Get"] = One((c, i) => c.Messages.GetAsync(i.Agent, i.Session, i.Message)),
        ["Messages_UpdateFeedback"] = One((c, i) => c.Messages.UpdateFeedbackAsync(i.Agent, i.Session, i.Message, new MessageFeedbackRequest { Reaction = FeedbackReaction.Disliked })),

        ["Citations_Get"] = One((c, i) => c.Citations.GetAsync(i.Agent, i.Citation)),

        ["Sources_List"] = One((c, i) => c.Sources.ListAsync(i.Agent)),
        ["Sources_Create"] = One((c, i) => c.Sources.CreateAsync(i.Agent, new CreateSourceRequest { IsOcrEnabled = true, File = TextFile("pricing.txt", "Plans: Standard, Premium, Enterprise.") })),
        ["Sources_Delete"] = One((c, i) => c.Sources.DeleteAsync(i.Agent, i.Source)),
        ["Sources_UpdateSettings"] = One((c, i) => c.Sources.UpdateSettingsAsync(i.Agent, i.Source, new UpdateSourceSettingsRequest
        {
            ExecutiveJs = false, DataRefreshFrequency = RefreshFrequency.Advanced, CreateNewPages = true, RemoveUnexistPages = false,
            RefreshExistingPages = PageRefreshPolicy.Always, RefreshSchedule = [new() { Days = [1, 3, 5], Hours = ["08:00", "20:30"] }],
        })),
        ["Sources_Sync"] = One((c, i) => c.Sources.SyncAsync(i.Agent, i.Source)),

        ["Reports_GetAnalysis"] = One((c, i) => c.Reports.GetAnalysisAsync(i.Agent, [AnalysisReportFilter.Queries, AnalysisReportFilter.Conversations], new AnalysisReportOptions { Interval = ReportInterval.Daily })),
        ["Reports_GetConversations"] = One((c, i) => c.Reports.GetConversationsAsync(i.Agent, [ConversationReportFilter.Total, ConversationReportFilter.AverageQueriesPerConversation])),
        ["Reports_GetQueries"] = One((c, i) => c.Reports.GetQueriesAsync(i.Agent, [QueryReportFilter.Total, QueryReportFilter.QueryStatus])),
        ["Reports_GetTraffic"] = One((c, i) => c.Reports.GetTrafficAsync(i.Agent, [TrafficReportFilter.Sources])),

        ["Licenses_List"] = One((c, i) => c.Licenses.ListAsync(i.Agent)),
        ["Licenses_Create"] = One((c, i) => c.Licenses.CreateAsync(i.Agent, new CreateLicenseRequest { Name = "Partner portal" })),
        ["Licenses_Get"] = One((c, i) => c.Licenses.GetAsync(i.Agent, i.License)),
        ["Licenses_Update"] = One((c, i) => c.Licenses.UpdateAsync(i.Agent, i.License, new UpdateLicenseRequest { Name = "Partner portal (EU)" })),
        ["Licenses_Delete"] = One((c, i) => c.Licenses.DeleteAsync(i.Agent, i.License)),

        ["Users_Get"] = One((c, _) => c.Users.GetAsync()),
        ["Users_Update"] = One((c, _) => c.Users.UpdateAsync(new UpdateUserRequest { ProfilePhoto = TextFile("sam.png", "fake-png-bytes", "image/png"), Name = "Sam Rivera" })),

        ["Limits_GetUsage"] = One((c, _) => c.Limits.GetUsageAsync()),
    };

    /// <summary>The call for a case of an operation; null when the table has none.</summary>
    public static ContractCall? For(string operationId, string caseName) =>
        Table.GetValueOrDefault($"{operationId}.{caseName}") ?? Table.GetValueOrDefault(operationId);

    /// <summary>The operations the table covers.</summary>
    public static IEnumerable<string> Operations => Table.Keys.Select(key => key.Split('.')[0]).Distinct();
}
