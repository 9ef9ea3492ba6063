using CustomGpt.Cli.Output;
using Spectre.Console;

namespace CustomGpt.Cli.Views;

/// <summary>An agent's sources (sitemaps and uploads), for people.</summary>
internal static class SourceViews
{
    public static readonly IReadOnlyList<Column<Source>> Columns =
    [
        new("Id", s => s.Id),
        new("Type", s => s.Type),
        new("Sitemap", s => s.Settings?.SitemapPath),
        new("Pages", s => s.Pages?.Count),
        new("Refresh", s => s.Settings?.DataRefreshFrequency),
        new("Updated", s => s.UpdatedAt),
    ];

    /// <summary>The sitemaps, then the uploads (the API keeps every upload in one source).</summary>
    public static IReadOnlyList<Source> All(SourceList list) =>
        [.. list.Sitemaps ?? [], .. list.Uploads is { } uploads ? [uploads] : Array.Empty<Source>()];

    public static Table Details(Source source) => Tables.Fields(
        ("Id", source.Id),
        ("Type", source.Type),
        ("Sitemap", source.Settings?.SitemapPath),
        ("Pages", source.Pages?.Count),
        ("Refresh", source.Settings?.DataRefreshFrequency),
        ("Created", source.CreatedAt),
        ("Updated", source.UpdatedAt));
}
