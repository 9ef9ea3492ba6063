using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CustomGpt.Benchmarks.Benchmarks;

namespace CustomGpt.Benchmarks.Reporting;

/// <summary>Runs the BenchmarkDotNet benchmarks and keeps their figures for the summary.</summary>
internal static class BenchmarkRun
{
    public static BenchmarkResults Run(string[] benchmarkDotNetArgs)
    {
        var loadBefore = Machine.LoadAverage();
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkRun).Assembly).Run(benchmarkDotNetArgs, BenchmarkConfig.Short());
        var results = summaries.SelectMany(summary => summary.Reports.Select(report => Result(summary, report))).ToList();
        return new BenchmarkResults(Machine.Describe(loadBefore, Machine.LoadAverage()), results);
    }

    static BenchmarkResult Result(Summary summary, BenchmarkReport report)
    {
        var benchmark = report.BenchmarkCase;
        var statistics = report.ResultStatistics;
        return new BenchmarkResult(
            benchmark.Descriptor.Categories.FirstOrDefault() ?? benchmark.Descriptor.Type.Name,
            benchmark.Descriptor.WorkloadMethod.Name,
            summary.IsBaseline(benchmark),
            statistics?.Mean ?? double.NaN,
            statistics?.StandardDeviation ?? double.NaN,
            report.GcStats.GetBytesAllocatedPerOperation(benchmark));
    }
}
