using CustomGpt.Cli.Output;
using Spectre.Console;

namespace CustomGpt.Cli.Views;

/// <summary>Agents and their statistics, for people.</summary>
internal static class AgentViews
{
    public static readonly IReadOnlyList<Column<Agent>> Columns =
    [
        new("Id", a => a.Id),
        new("Name", a => a.ProjectName),
        new("Type", a => a.Type),
        new("Chat active", a => a.IsChatActive),
        new("Shared", a => a.IsShared),
        new("Created", a => a.CreatedAt),
    ];

    public static Table Details(Agent agent) => Tables.Fields(
        ("Id", agent.Id),
        ("Name", agent.ProjectName),
        ("Type", agent.Type),
        ("Sitemap", agent.SitemapPath),
        ("Chat active", agent.IsChatActive),
        ("Shared", agent.IsShared),
        ("Share link", agent.ShareableLink),
        ("Licenses allowed", agent.AreLicensesAllowed),
        ("Created", agent.CreatedAt),
        ("Updated", agent.UpdatedAt));

    public static Table Stats(AgentStats stats) => Tables.Fields(
        ("Pages found", stats.PagesFound),
        ("Pages crawled", stats.PagesCrawled),
        ("Pages indexed", stats.PagesIndexed),
        ("Words indexed", stats.TotalWordsIndexed),
        ("Queries", stats.TotalQueries),
        ("Query credits used", stats.QueryCreditsUsed),
        ("Crawl credits used", stats.CrawlCreditsUsed),
        ("Storage credits used", stats.TotalStorageCreditsUsed));
}
