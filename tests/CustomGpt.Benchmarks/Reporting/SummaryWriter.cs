using System.Globalization;
using System.Text;
using CustomGpt.Benchmarks.Benchmarks;

namespace CustomGpt.Benchmarks.Reporting;

/// <summary>Turns the result files of one tools/bench.sh run into artifacts/benchmarks/summary.md.</summary>
internal static class SummaryWriter
{
    public static string Write(BenchmarkResults benchmarks, ProbeResults? probes, BuildResults? build)
    {
        var text = new StringBuilder();
        text.AppendLine("# Benchmark summary").AppendLine();
        Header(text, benchmarks.Run);
        PerOperation(text, benchmarks.Benchmarks);
        if (probes is not null) ProbeSections.Append(text, probes);
        if (build is not null) Build(text, build);
        return text.ToString();
    }

    static void Header(StringBuilder text, RunInfo run)
    {
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Run {run.Date:yyyy-MM-dd HH:mm} UTC on {run.Processor}, {run.LogicalCores} logical cores, {Units.Bytes(run.MemoryBytes)}, {run.OperatingSystem}, {run.Runtime}.");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Load average (1, 5, 15 min) before the benchmarks: {run.LoadAverageBefore}; after: {run.LoadAverageAfter}. Above {run.LogicalCores}, other work shared the machine and times are less certain than the ratios suggest.");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"BenchmarkDotNet, {BenchmarkConfig.WarmupCount} warm-ups and {BenchmarkConfig.IterationCount} iterations in process, against a Kestrel loopback server in the same process.").AppendLine();
    }

    static void PerOperation(StringBuilder text, IReadOnlyList<BenchmarkResult> results)
    {
        var rows = new List<string[]>();
        foreach (var group in results.GroupBy(result => result.Group).OrderBy(group => ReportPosition(group.Key)))
        {
            var baseline = group.FirstOrDefault(result => result.IsBaseline);
            foreach (var result in group.OrderByDescending(result => result.IsBaseline))
            {
                var timeRatio = baseline is null ? double.NaN : result.MeanNanoseconds / baseline.MeanNanoseconds;
                double? allocationRatio = baseline?.AllocatedBytes is > 0 && result.AllocatedBytes is { } bytes ? (double)bytes / baseline.AllocatedBytes.Value : null;
                var (target, met) = Targets.Check(result, timeRatio, allocationRatio);
                rows.Add([group.Key, result.Method, Units.Time(result.MeanNanoseconds), Units.Ratio(timeRatio), Units.Bytes(result.AllocatedBytes), Units.Ratio(allocationRatio), target, Units.Verdict(met)]);
            }
        }
        MarkdownSection.Append(text, "Time and allocations per operation",
            "Ratios are to the group's baseline (the first row of each group), as ratios of the means.",
            ["Group", "Method", "Mean:", "Ratio:", "Allocated:", "Alloc ratio:", "Target", "Met"], rows);
    }

    static int ReportPosition(string group)
    {
        var position = Array.IndexOf(Groups.InReportOrder, group);
        return position < 0 ? int.MaxValue : position;
    }

    static void Build(StringBuilder text, BuildResults build) =>
        MarkdownSection.Append(text, $"Build of src/CustomGpt ({build.Scope})",
            "Wall time of `dotnet build` after `dotnet clean`, and again with nothing changed, in a copy of the sources.",
            ["Build", "Runs", "Median:", "NSwag"],
            [
                ["Clean", Runs(build.CleanSeconds), Seconds(Median(build.CleanSeconds)), build.NSwagRanOnCleanBuild ? "ran" : "**did not run**"],
                ["No-op", Runs(build.NoOpSeconds), Seconds(Median(build.NoOpSeconds)), build.NSwagSkippedOnNoOpBuild ? "skipped (target CustomGptGenerateClient up to date)" : "**ran**"],
            ]);

    static string Runs(IReadOnlyList<double> seconds) => string.Join(", ", seconds.Select(Seconds));

    static string Seconds(double seconds) => seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
