using BenchmarkDotNet.Attributes;
using CustomGpt.Benchmarks.Clients;
using CustomGpt.Benchmarks.Fixtures;
using CustomGpt.Benchmarks.Server;

namespace CustomGpt.Benchmarks.Benchmarks;

/// <summary>What every benchmark class shares: a loopback server and the clients, started once per class.</summary>
public abstract class LoopbackBenchmarks
{
    private protected ClientSet Clients { get; private set; } = null!;

    /// <summary>What the server answers; a class overrides it for another set of bodies.</summary>
    private protected virtual ServedApi CreateApi() => new(ApiBodies.Create());

    [GlobalSetup]
    public async Task StartAsync() => Clients = await ClientSet.StartAsync(CreateApi());

    [GlobalCleanup]
    public async Task StopAsync() => await Clients.DisposeAsync();
}
