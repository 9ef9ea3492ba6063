using System.Diagnostics;
using System.Text;

namespace CustomGpt.Tests;

/// <summary>Runs a program as a user at a terminal would and gives back its exit code and what it printed.</summary>
public static class ProcessRun
{
    // The test host runs under an MSBuild that exported its own state; a nested dotnet must not inherit it.
    static readonly string[] InheritedBuildState = ["MSBUILD", "MSBuild", "VSTEST", "DOTNET_ROLL_FORWARD", "NUGET_RESTORE_MSBUILD"];

    /// <summary>The outcome of one run.</summary>
    public sealed record Result(int Exit, string Output, string Error);

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> in <paramref name="directory"/>, for at most <paramref name="limit"/>.</summary>
    public static Result Run(string program, string directory, IEnumerable<string> arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var name in start.Environment.Keys.Where(k => InheritedBuildState.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var (output, error) = (new StringBuilder(), new StringBuilder());
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.Append(e.Data).Append('\n'); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {limit}:\n{output}{error}");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the dotnet CLI and fails with its output unless it exits 0.</summary>
    public static string Dotnet(string directory, params string[] arguments)
    {
        var result = Run(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", directory, arguments, TimeSpan.FromMinutes(5));
        if (result.Exit != 0)
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} exited with {result.Exit}:\n{result.Output}{result.Error}");
        return result.Output;
    }
}
