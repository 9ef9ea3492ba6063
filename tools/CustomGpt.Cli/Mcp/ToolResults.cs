using CustomGpt.Cli.Output;

namespace CustomGpt.Cli.Mcp;

// What the tools answer: the fields a model can use, not every field of the API's objects (embed
// codes, hashes, storage paths only cost tokens). Enum values are the API's own words.

/// <summary>One page of <c>list_agents</c>.</summary>
internal sealed record AgentListResult(IReadOnlyList<AgentSummary> Agents, int Page, int LastPage, int? Total);

/// <summary>An agent as the tools show it.</summary>
internal sealed record AgentSummary(int? AgentId, string? Name, string? Type, string? SitemapUrl, bool? IsChatActive, DateTimeOffset? CreatedAt)
{
    public static AgentSummary From(Agent agent) =>
        new(agent.Id, agent.ProjectName, Word(agent.Type), agent.SitemapPath, agent.IsChatActive, agent.CreatedAt);

    internal static string? Word(Enum? value) => value is null ? null : ApiWords.Of(value);
}

/// <summary>The answer of <c>ask_agent</c>.</summary>
internal sealed record AgentAnswer(string Answer, string SessionId, int? MessageId, IReadOnlyList<CitedSource> Citations);

/// <summary>A source an answer cites; title and URL are null when the API could not say.</summary>
internal sealed record CitedSource(string? Title, string? Url);

/// <summary>The answer of <c>list_sources</c>.</summary>
internal sealed record SourceListResult(IReadOnlyList<SourceSummary> Sources);

/// <summary>A source as the tools show it.</summary>
internal sealed record SourceSummary(int? SourceId, string? Type, string? SitemapUrl, int? PageCount, string? RefreshFrequency, DateTimeOffset? UpdatedAt)
{
    public static SourceSummary From(Source source) =>
        new(source.Id, AgentSummary.Word(source.Type), source.Settings?.SitemapPath, source.Pages?.Count,
            AgentSummary.Word(source.Settings?.DataRefreshFrequency), source.UpdatedAt ?? source.CreatedAt);
}

/// <summary>One page of <c>list_pages</c>.</summary>
internal sealed record PageListResult(IReadOnlyList<PageSummary> Pages, int Page, int LastPage, int? Total);

/// <summary>An indexed page or file as the tools show it.</summary>
internal sealed record PageSummary(int? PageId, string? Url, string? FileName, string? CrawlStatus, string? IndexStatus, DateTimeOffset? UpdatedAt)
{
    public static PageSummary From(Page page) =>
        new(page.Id, page.PageUrl, page.Filename, AgentSummary.Word(page.CrawlStatus), AgentSummary.Word(page.IndexStatus), page.UpdatedAt);
}

/// <summary>The answer of <c>get_agent_stats</c>.</summary>
internal sealed record AgentStatsResult(int? PagesFound, int? PagesCrawled, int? PagesIndexed, int? WordsIndexed, int? Queries,
    int? QueryCreditsUsed, int? CrawlCreditsUsed, int? StorageCreditsUsed)
{
    public static AgentStatsResult From(AgentStats stats) =>
        new(stats.PagesFound, stats.PagesCrawled, stats.PagesIndexed, stats.TotalWordsIndexed, stats.TotalQueries,
            stats.QueryCreditsUsed, stats.CrawlCreditsUsed, stats.TotalStorageCreditsUsed);
}

/// <summary>The answer of a delete.</summary>
internal sealed record DeletedResult(bool Deleted);
