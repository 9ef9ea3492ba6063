using CustomGpt.Cli.Output;
using CustomGpt.Pagination;

namespace CustomGpt.Cli.Commands;

/// <summary>Shows a paginated list: the page asked for with where it sits in the list, or every page.</summary>
internal static class Listing
{
    /// <param name="context">The running command.</param>
    /// <param name="options">Its paging options.</param>
    /// <param name="list">The SDK's list, starting at the given page.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="noun">What the items are, plural, e.g. <c>agents</c>.</param>
    public static async Task ShowAsync<T>(CommandContext context, ListOptions options, Func<int, AsyncPageable<T>> list, IReadOnlyList<Column<T>> columns, string noun)
    {
        var firstPage = context.Get(options.Page);
        var pages = list(firstPage).AsPages(context.CancellationToken);
        if (context.Get(options.All))
        {
            var items = new List<T>();
            await foreach (var page in pages) items.AddRange(page.Items);
            context.Output.Show(items, () => Tables.Rows(items, columns, $"{items.Count} {noun}"));
            return;
        }

        await using var walk = pages.GetAsyncEnumerator(context.CancellationToken);
        if (await walk.MoveNextAsync())
            context.Output.Show(walk.Current.Items, () => Tables.Rows(walk.Current.Items, columns, Caption(walk.Current, firstPage, noun)));
        else
            context.Output.Show(Array.Empty<T>(), $"No {noun}.");
    }

    static string Caption<T>(IPage<T> page, int number, string noun)
    {
        var current = page.CurrentPage ?? number;
        var position = page.LastPage is { } last ? $"Page {current} of {last}" : $"Page {current}";
        var total = page.Total is { } count ? $", {count} {noun} in all" : "";
        var more = page.LastPage is { } end && current < end ? $". Next: --page {current + 1}, or --all." : ".";
        return position + total + more;
    }
}
