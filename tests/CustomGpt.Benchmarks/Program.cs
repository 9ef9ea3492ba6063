using BenchmarkDotNet.Running;
using CustomGpt.Benchmarks.Benchmarks;
using CustomGpt.Benchmarks.Probes;
using CustomGpt.Benchmarks.Reporting;

// tools/bench.sh drives the steps; with no command, this is BenchmarkDotNet's own command line
// (e.g. --filter '*PerCall*' --list flat), with the short in-process job.
switch (args.FirstOrDefault())
{
    case "benchmarks": // benchmarks <results.json> [BenchmarkDotNet arguments]
        ResultFiles.Write(args[1], BenchmarkRun.Run(args[2..]));
        break;
    case "parts": // where the client-CPU probe's call spends its time, step by step
        CallPartsProbe.Run();
        break;
    case "loop": // loop <handwritten|sdk|sdk-own> [seconds]: one client's call, over and over, for a profiler
        await CallLoop.RunAsync(args.ElementAtOrDefault(1) ?? "sdk", TimeSpan.FromSeconds(int.Parse(args.ElementAtOrDefault(2) ?? "20")));
        break;
    case "probes" when args.Contains("--only") && args.SkipWhile(a => a != "--only").ElementAtOrDefault(1) == "cpu": // probes --only cpu
        Console.WriteLine(ClientCpuProbe.Line(await ClientCpuProbe.RunAsync()));
        break;
    case "probes": // probes <probes.json>
        var probes = new ProbeResults(await PaginationMemoryProbe.RunAsync(), await StreamLatencyProbe.RunAsync(), await ClientCpuProbe.RunAsync());
        ResultFiles.Write(args[1], probes);
        Console.WriteLine(ClientCpuProbe.Line(probes.ClientCpu));
        break;
    case "summary": // summary <results.json> <probes.json> <build.json> <summary.md>
        var summary = SummaryWriter.Write(ResultFiles.Read<BenchmarkResults>(args[1]), ResultFiles.ReadIfPresent<ProbeResults>(args[2]), ResultFiles.ReadIfPresent<BuildResults>(args[3]));
        File.WriteAllText(args[4], summary);
        Console.Write(summary);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Short());
        break;
}
