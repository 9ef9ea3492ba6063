using System.Text.Json;
using CustomGpt.Benchmarks.Probes;

namespace CustomGpt.Benchmarks.Reporting;

/// <summary>One benchmark's figures, per operation.</summary>
public sealed record BenchmarkResult(string Group, string Method, bool IsBaseline, double MeanNanoseconds, double StdDevNanoseconds, long? AllocatedBytes);

/// <summary>Where and when the benchmarks ran; the load average says whether the machine was quiet.</summary>
public sealed record RunInfo(DateTimeOffset Date, string Processor, int LogicalCores, long MemoryBytes, string OperatingSystem, string Runtime, string LoadAverageBefore, string LoadAverageAfter);

public sealed record BenchmarkResults(RunInfo Run, IReadOnlyList<BenchmarkResult> Benchmarks);

public sealed record ProbeResults(IReadOnlyList<PaginationMemory> Pagination, IReadOnlyList<StreamLatency> Streaming, IReadOnlyList<ClientCpu> ClientCpu);

/// <summary>Written by tools/bench.sh: each run's wall time, and whether NSwag ran.</summary>
public sealed record BuildResults(IReadOnlyList<double> CleanSeconds, IReadOnlyList<double> NoOpSeconds, bool NSwagRanOnCleanBuild, bool NSwagSkippedOnNoOpBuild, string Scope);

/// <summary>The JSON files passed between the steps of tools/bench.sh.</summary>
internal static class ResultFiles
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write<T>(string path, T value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(value, Options));
    }

    public static T Read<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"{path} is empty.");

    public static T? ReadIfPresent<T>(string? path) where T : class =>
        path is not null && File.Exists(path) ? Read<T>(path) : null;
}
