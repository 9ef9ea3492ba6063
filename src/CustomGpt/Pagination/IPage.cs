namespace CustomGpt.Pagination;

/// <summary>
/// One page of a paginated list (the API's page-number pagination). The generated page types
/// (<see cref="AgentPage"/>, <see cref="PagePage"/>, <see cref="ConversationPage"/>,
/// <see cref="MessagePage"/>) implement it.
/// </summary>
/// <typeparam name="T">The type of the listed items.</typeparam>
public interface IPage<out T>
{
    /// <summary>The items of this page, in the order the API returned them.</summary>
    IReadOnlyList<T> Items { get; }

    /// <summary>The 1-based number of this page.</summary>
    int? CurrentPage { get; }

    /// <summary>The number of the last page.</summary>
    int? LastPage { get; }

    /// <summary>How many items a page holds.</summary>
    int? PerPage { get; }

    /// <summary>How many items the whole list holds.</summary>
    int? Total { get; }
}
