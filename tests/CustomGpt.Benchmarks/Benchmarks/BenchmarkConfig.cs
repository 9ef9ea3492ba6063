using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CustomGpt.Benchmarks.Benchmarks;

/// <summary>
/// The job tools/bench.sh runs: short (3 warm-ups, 6 iterations of about half a second), in
/// process. In process because the loopback server lives in the benchmark process anyway, and it
/// saves building a separate host project per run, which keeps the whole run within minutes on
/// two cores. Six iterations rather than BenchmarkDotNet's short-run three: the per-call targets
/// are within 5%, and three samples on a shared machine are not that steady.
/// </summary>
internal static class BenchmarkConfig
{
    public const int WarmupCount = 3;
    public const int IterationCount = 6;

    public static IConfig Short() => DefaultConfig.Instance
        .AddJob(Job.Default
            .WithLaunchCount(1).WithWarmupCount(WarmupCount).WithIterationCount(IterationCount)
            .WithToolchain(InProcessEmitToolchain.Instance).WithId("short"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory)
        .WithOption(ConfigOptions.JoinSummary, true);
}
