using System.Runtime.InteropServices;

namespace CustomGpt.Benchmarks.Reporting;

/// <summary>What the benchmarks ran on, as far as the process can tell.</summary>
internal static class Machine
{
    public static RunInfo Describe(string loadBefore, string loadAfter) => new(
        DateTimeOffset.UtcNow, Processor(), Environment.ProcessorCount, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, loadBefore, loadAfter);

    /// <summary>The 1, 5 and 15 minute load averages (Linux); more than the core count means the figures are disturbed.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    static string Processor()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var model = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return model ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
