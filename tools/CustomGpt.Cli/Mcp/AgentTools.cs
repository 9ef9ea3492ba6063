using System.ComponentModel;
using CustomGpt.Cli.Chat;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace CustomGpt.Cli.Mcp;

/// <summary>
/// The tools every <c>customgpt mcp</c> offers: they read the account and ask agents, and change
/// nothing an agent is made of. The descriptions are written for the model that picks and fills them.
/// All calls into the SDK for these tools are here (the write tools' in <see cref="AgentWriteTools"/>).
/// </summary>
internal sealed class AgentTools(CustomGptClient api)
{
    [McpServerTool(Name = "list_agents", Title = "List agents", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Lists the user's CustomGPT.ai agents, newest first, one page at a time. Each agent is a knowledge base " +
        "(websites, documents) that answers questions with citations. Use it to find the agentId the other tools take.")]
    public async Task<AgentListResult> ListAgents(
        [Description("The page to read, from 1. The result says how many pages there are.")] int page = 1,
        [Description("Only agents whose name contains this text.")] string? name = null,
        CancellationToken cancellationToken = default)
    {
        var agents = await api.Agents.ListAsync(new AgentListOptions { Page = Positive(page, "page"), Name = name }, cancellationToken);
        return new([.. (agents.Data ?? []).Select(AgentSummary.From)], agents.CurrentPage ?? page, agents.LastPage ?? page, agents.Total);
    }

    [McpServerTool(Name = "ask_agent", Title = "Ask an agent", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, UseStructuredContent = true)]
    [Description("Asks an agent a question. It answers from its own knowledge base only and cites its sources (title and URL). " +
        "Leave sessionId out to start a new conversation; pass the sessionId of an earlier answer to ask a follow-up in " +
        "that conversation, which keeps its context. Each question uses one of the account's query credits and is " +
        "kept in the agent's conversation history.")]
    public async Task<AgentAnswer> AskAgent(
        [Description("The agent's id, from list_agents.")] int agentId,
        [Description("The question, in the user's words.")] string question,
        [Description("The sessionId of an earlier answer, to continue its conversation. Omit it to start a new one.")] string? sessionId = null,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(question)) throw new McpException("The question is empty: give the question to ask.");
        if (string.IsNullOrWhiteSpace(sessionId))
        {
            var conversation = await api.Conversations.CreateAsync(agentId, new CreateConversationRequest { Name = Shortened(question) }, cancellationToken);
            sessionId = conversation.SessionId ?? throw new McpException("The API started a conversation without a session id: ask again.");
        }
        var answer = await api.Conversations.SendMessageAsync(agentId, sessionId, new SendMessageRequest { Prompt = question }, cancellationToken);
        var citations = await Citations.FetchAsync(api, agentId, answer.Citations ?? [], cancellationToken);
        // Two citations of one page are one source to the model; one the API cannot describe tells it nothing.
        var sources = citations.Where(c => c.Title is not null || c.Url is not null).Select(c => new CitedSource(c.Title, c.Url)).Distinct();
        return new(answer.OpenaiResponse ?? "", sessionId, answer.Id, [.. sources]);
    }

    [McpServerTool(Name = "list_sources", Title = "List an agent's sources", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Lists where an agent's knowledge comes from: its sitemaps (with their URL, number of pages and refresh " +
        "schedule) and its uploaded files (one source holding every upload).")]
    public async Task<SourceListResult> ListSources(
        [Description("The agent's id, from list_agents.")] int agentId,
        CancellationToken cancellationToken = default)
    {
        var sources = await api.Sources.ListAsync(agentId, cancellationToken);
        var all = (sources.Sitemaps ?? []).Concat(sources.Uploads is { } uploads ? [uploads] : []);
        return new([.. all.Select(SourceSummary.From)]);
    }

    [McpServerTool(Name = "list_pages", Title = "List an agent's pages", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Lists the pages and files an agent has indexed, one page of results at a time, with whether each was " +
        "crawled and indexed (ok, failed, queued...). Use it to check that a document is in the knowledge base.")]
    public async Task<PageListResult> ListPages(
        [Description("The agent's id, from list_agents.")] int agentId,
        [Description("The page of results to read, from 1. The result says how many there are.")] int page = 1,
        CancellationToken cancellationToken = default)
    {
        var result = await api.Pages.ListAsync(agentId, new PageListOptions { Page = Positive(page, "page") }, cancellationToken);
        var pages = result.Pages;
        return new([.. (pages?.Data ?? []).Select(PageSummary.From)], pages?.CurrentPage ?? page, pages?.LastPage ?? page, pages?.Total);
    }

    [McpServerTool(Name = "get_agent_stats", Title = "An agent's statistics", ReadOnly = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("An agent's statistics: pages found, crawled and indexed, words indexed, questions answered, and the " +
        "crawl, query and storage credits it has used.")]
    public async Task<AgentStatsResult> GetAgentStats(
        [Description("The agent's id, from list_agents.")] int agentId,
        CancellationToken cancellationToken = default) =>
        AgentStatsResult.From(await api.Agents.GetStatsAsync(agentId, cancellationToken));

    static int Positive(int value, string name) =>
        value >= 1 ? value : throw new McpException($"{name} starts at 1; {value} is not a page.");

    // A conversation's name is what the agent's dashboard lists: the start of the question will do.
    static string Shortened(string question) => question.Length <= 80 ? question : question[..79] + "…";
}
