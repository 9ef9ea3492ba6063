namespace CustomGpt.Pagination;

/// <summary>The items of a generated page type as a read-only list; an absent list is an empty page.</summary>
internal static class PageItems
{
    /// <summary>Returns <paramref name="items"/> as a read-only list, or an empty one when null.</summary>
    public static IReadOnlyList<T> Of<T>(IList<T>? items) =>
        items is null ? Array.Empty<T>() : items as IReadOnlyList<T> ?? items.ToList();
}
