using CustomGpt.Cli.Output;

namespace CustomGpt.Cli.Views;

/// <summary>An agent's indexed pages, for people.</summary>
internal static class PageViews
{
    public static readonly IReadOnlyList<Column<Page>> Columns =
    [
        new("Id", p => p.Id),
        new("URL or file", p => p.Filename ?? p.PageUrl),
        new("Crawl", p => p.CrawlStatus),
        new("Index", p => p.IndexStatus),
        new("Updated", p => p.UpdatedAt),
    ];
}
