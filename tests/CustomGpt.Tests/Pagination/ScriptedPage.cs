using CustomGpt.Pagination;

namespace CustomGpt.Tests.Pagination;

/// <summary>A page of a scripted list: its items and, when the server says it, the last page's number.</summary>
internal sealed record ScriptedPage(IReadOnlyList<int> Items, int? LastPage) : IPage<int>
{
    public int? CurrentPage => null;
    public int? PerPage => null;
    public int? Total => null;
}
