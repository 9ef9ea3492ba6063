using CustomGpt.Benchmarks.Clients;
using CustomGpt.Benchmarks.Fixtures;
using CustomGpt.Benchmarks.Server;

namespace CustomGpt.Benchmarks.Probes;

/// <summary>The live heap while all items of 1,000 pages are enumerated, sampled every 5 pages.</summary>
/// <param name="Reader">Which loop read the pages.</param>
/// <param name="FloorFirst100PagesBytes">
/// The live heap above where it started, over pages 1 to 100: the 10th percentile of the samples.
/// Samples jump by about 50 KB, in both readers, when buffers that outlive a request (pools, the
/// in-process server's among them) happen to be live; the floor is what every page leaves behind.
/// </param>
/// <param name="FloorLast100PagesBytes">The same over the last 100 pages.</param>
/// <param name="PeakBytes">The highest sample.</param>
/// <param name="AllocatedPerPageBytes">Everything allocated, per page: the garbage the loop leaves to the GC.</param>
/// <param name="EarlierPagesStillReachable">
/// Of the pages before the one being read, how many could still be reached when the last page
/// was read: weak references to each page's first agent, checked after a full collection.
/// </param>
public sealed record PaginationMemory(string Reader, int Pages, long FloorFirst100PagesBytes, long FloorLast100PagesBytes, long PeakBytes, long AllocatedPerPageBytes, int EarlierPagesStillReachable)
{
    /// <summary>Growth that would show a leak beyond the pages themselves: 64 KB over 900 pages is about 73 bytes kept per page.</summary>
    public const long MaxGrowthBytes = 64 * 1024;

    /// <summary>Flat: no page read earlier is kept, and the heap's floor grows by at most <see cref="MaxGrowthBytes"/>.</summary>
    public bool IsFlat => EarlierPagesStillReachable == 0 && FloorLast100PagesBytes - FloorFirst100PagesBytes <= MaxGrowthBytes;
}

/// <summary>
/// Whether enumerating a long list holds memory in proportion to the pages read. The heap is
/// measured after a full collection, so only what is still referenced counts: the page being
/// read and the client, not the garbage of pages already read.
/// </summary>
internal static class PaginationMemoryProbe
{
    public const int PageCount = 1_000;
    const int SampleEveryPages = 5;
    const int WindowPages = 100;

    public static async Task<IReadOnlyList<PaginationMemory>> RunAsync()
    {
        await using var clients = await ClientSet.StartAsync(new ServedApi(ApiBodies.Create(), PageCount));
        IAsyncEnumerable<Agent> HandWritten() => clients.HandWritten.ListAllAgentsAsync();
        IAsyncEnumerable<Agent> Sdk() => clients.Sdk.Agents.ListAllAsync();
        // Two passes, and only the second counts: whichever reader runs first also carries the
        // JIT, the first connection, and the pools (thread pool, array pools, the server's)
        // growing to their working size, which showed as tens of KB of growth and a page kept.
        await MeasureAsync("warm-up", HandWritten());
        await MeasureAsync("warm-up", Sdk());
        return [await MeasureAsync("HandWritten_PageLoop", HandWritten()), await MeasureAsync("Sdk_Agents_ListAllAsync", Sdk())];
    }

    static async Task<PaginationMemory> MeasureAsync(string reader, IAsyncEnumerable<Agent> items)
    {
        var start = LiveHeap();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var samples = new List<(long Page, long Bytes)>();
        var firstAgents = new List<WeakReference<Agent>>(PageCount);
        var stillReachable = 0;
        long count = 0;
        await foreach (var agent in items)
        {
            if (count++ % AgentPages.ItemsPerPage == 0) firstAgents.Add(new WeakReference<Agent>(agent));
            if (count % (AgentPages.ItemsPerPage * SampleEveryPages) == 0)
                samples.Add((count / AgentPages.ItemsPerPage, LiveHeap() - start));
            if (count == (long)PageCount * AgentPages.ItemsPerPage)
                stillReachable = await EarlierPagesReachableAsync(firstAgents);
        }
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        if (count != (long)PageCount * AgentPages.ItemsPerPage) throw new InvalidOperationException($"{reader} read {count} agents.");
        return new PaginationMemory(reader, PageCount,
            Floor(samples.Where(sample => sample.Page <= WindowPages)),
            Floor(samples.Where(sample => sample.Page > PageCount - WindowPages)),
            samples.Max(sample => sample.Bytes), allocated / PageCount, stillReachable);
    }

    // Called inside the loop, on the last page: every page before it should be gone. Counted a
    // second time after a pause when some are not, since a reference on its way out on another
    // thread (seen once in many runs) is not a page kept.
    static async Task<int> EarlierPagesReachableAsync(List<WeakReference<Agent>> firstAgents)
    {
        int Count()
        {
            LiveHeap();
            return firstAgents.SkipLast(1).Count(reference => reference.TryGetTarget(out _));
        }
        if (Count() == 0) return 0;
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        return Count();
    }

    // The 10th percentile rather than the minimum: one sample can also dip, when a pool is trimmed.
    static long Floor(IEnumerable<(long Page, long Bytes)> samples)
    {
        var sorted = samples.Select(sample => sample.Bytes).Order().ToList();
        return sorted[sorted.Count / 10];
    }

    static long LiveHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
