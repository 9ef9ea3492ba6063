namespace CustomGpt.Benchmarks.Benchmarks;

/// <summary>The benchmark groups (BenchmarkDotNet categories); each has one baseline.</summary>
internal static class Groups
{
    public const string PerCallSmall = "Per call, 1 KB agent";
    public const string PerCallLarge = "Per call, 1 MB messages page";
    public const string Pagination = "Pagination, 100 pages x 100 agents";
    public const string Streaming = "Streaming, 10,000 SSE events";
    public const string Peer = "Peer, GET agent (1 KB)";

    /// <summary>The order of the summary's table.</summary>
    public static readonly string[] InReportOrder = [PerCallSmall, PerCallLarge, Pagination, Streaming, Peer];
}
