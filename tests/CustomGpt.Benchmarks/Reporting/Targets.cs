using CustomGpt.Benchmarks.Benchmarks;

namespace CustomGpt.Benchmarks.Reporting;

/// <summary>The targets of issue 9, checked against one benchmark and its group's baseline.</summary>
internal static class Targets
{
    const double MaxPerCallTimeRatio = 1.05;
    const double MaxPerCallAllocationRatio = 1.25;

    /// <summary>What the method must achieve, and whether it did; null when nothing is asked of it.</summary>
    public static (string Target, bool? Met) Check(BenchmarkResult result, double timeRatio, double? allocationRatio)
    {
        if (result.IsBaseline) return ("baseline", null);
        return result.Group switch
        {
            Groups.PerCallSmall or Groups.PerCallLarge =>
                ($"time ≤ {MaxPerCallTimeRatio:0.00}, alloc ≤ {MaxPerCallAllocationRatio:0.00}",
                 timeRatio <= MaxPerCallTimeRatio && allocationRatio <= MaxPerCallAllocationRatio),
            // The SDK is this group's baseline: a peer ratio above 1 means the SDK is faster.
            Groups.Peer => ("slower than the SDK (> 1.00)", timeRatio > 1.0),
            _ => ("reported", null),
        };
    }

    /// <summary>The client-CPU probe's targets (issue 18): the SDK's CPU and allocations per call over the hand-written call's.</summary>
    public const double MaxClientCpuRatio = 1.10;
    public const double MaxClientAllocationRatio = 1.05;

    /// <summary>The streaming helper may add at most this much latency per event over the raw reader.</summary>
    public const double MaxAddedStreamLatencyMicroseconds = 1000;
}
