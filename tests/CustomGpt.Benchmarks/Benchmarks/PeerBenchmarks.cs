using BenchmarkDotNet.Attributes;
using CustomGpt.Benchmarks.Fixtures;

namespace CustomGpt.Benchmarks.Benchmarks;

/// <summary>
/// The same GET of one agent through our SDK (the baseline here) and through a client Kiota
/// generated from the same spec: once on the same plain HttpClient, once as Kiota sets itself up
/// by default, with its middleware.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
public class PeerBenchmarks : LoopbackBenchmarks
{

    [Benchmark(Baseline = true), BenchmarkCategory(Groups.Peer)]
    public Task<Agent> Sdk_Agents_GetAsync() => Clients.Sdk.Agents.GetAsync(ApiBodies.AgentId);

    [Benchmark, BenchmarkCategory(Groups.Peer)]
    public async Task<int?> Kiota_SameHttpClient() => (await Clients.KiotaPlain.Api.V1.Projects[ApiBodies.AgentId].GetAsync())?.Data?.Id;

    [Benchmark, BenchmarkCategory(Groups.Peer)]
    public async Task<int?> Kiota_DefaultMiddleware() => (await Clients.KiotaDefault.Api.V1.Projects[ApiBodies.AgentId].GetAsync())?.Data?.Id;
}
