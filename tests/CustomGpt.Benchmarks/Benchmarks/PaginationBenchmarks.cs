using BenchmarkDotNet.Attributes;
using CustomGpt.Benchmarks.Fixtures;
using CustomGpt.Benchmarks.Server;

namespace CustomGpt.Benchmarks.Benchmarks;

/// <summary>Every item of 100 pages of 100 agents: the SDK's ListAllAsync against a hand-written page loop.</summary>
[MemoryDiagnoser]
[CategoriesColumn]
public class PaginationBenchmarks : LoopbackBenchmarks
{
    public const int PageCount = 100;
    private protected override ServedApi CreateApi() => new(ApiBodies.Create(), PageCount);

    [Benchmark(Baseline = true), BenchmarkCategory(Groups.Pagination)]
    public async Task<int> HandWritten_PageLoop()
    {
        var count = 0;
        await foreach (var _ in Clients.HandWritten.ListAllAgentsAsync()) count++;
        return Expect(count);
    }

    [Benchmark, BenchmarkCategory(Groups.Pagination)]
    public async Task<int> Sdk_Agents_ListAllAsync()
    {
        var count = 0;
        await foreach (var _ in Clients.Sdk.Agents.ListAllAsync()) count++;
        return Expect(count);
    }

    static int Expect(int count) =>
        count == PageCount * AgentPages.ItemsPerPage ? count : throw new InvalidOperationException($"Read {count} agents.");
}
