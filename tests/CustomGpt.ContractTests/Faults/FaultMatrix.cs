using System.Diagnostics;
using WireMock.Server;

namespace CustomGpt.ContractTests.Faults;

/// <summary>
/// Runs every case of the matrix once: one fault at a time, on a WireMock.Net server of its own,
/// all its calls at once. xUnit runs the rows of a theory one after another, and most cases spend
/// their time waiting (Retry-After, attempt timeouts, delays): in a row they would take minutes.
/// A server per fault keeps the mappings WireMock matches each request against few (matching
/// against all the matrix's was slow enough to time attempts out), and keeps one fault's load
/// from slowing another's answers. Each case has paths of its own (its prefix), so cases do not
/// see each other's mappings, scenarios or requests.
/// </summary>
public sealed class FaultMatrix : IAsyncLifetime
{
    // The SDK reads a JSON body with blocking reads, each holding a pool thread while the body is
    // slow to come (ConnectionDropsMidBody holds them until the drop). With fewer threads than
    // cases, timers and answers wait for a thread and attempts time out that should not.
    const int PoolThreads = 128;

    readonly Dictionary<FaultCase, FaultOutcome> _outcomes = [];

    /// <summary>Every fault for every target.</summary>
    public static IReadOnlyList<FaultCase> Cases { get; } =
        Enum.GetValues<Fault>().SelectMany(fault => FaultTarget.All.Select(target => new FaultCase(fault, target))).ToList();

    /// <summary>How long the matrix took, warm-up included.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>How <paramref name="faultCase"/> ended.</summary>
    public FaultOutcome OutcomeOf(FaultCase faultCase) => _outcomes[faultCase];

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, PoolThreads), ports);
        try
        {
            await WarmUp.RunAsync();
            foreach (var fault in Cases.GroupBy(faultCase => faultCase.Fault))
            {
                using var server = WireMockServer.Start();
                foreach (var faultCase in fault) FaultMappings.Stage(server, faultCase);
                var runs = fault.Select(async faultCase => (faultCase, await FaultCaseRunner.RunAsync(faultCase, server)));
                foreach (var (faultCase, outcome) in await Task.WhenAll(runs)) _outcomes[faultCase] = outcome;
                server.Stop();
            }
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, ports);
        }
        Elapsed = clock.Elapsed;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
