using System.Diagnostics;

namespace CustomGpt.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the built CLI as its own process (<c>dotnet CustomGpt.Cli.dll</c> from this test's output
/// folder, what <c>dotnet run</c> runs once built), as a newcomer's shell would: no key, no other
/// server, stdin and both output streams redirected, so neither is a terminal.
/// </summary>
public static class CliProcess
{
    // Generous: on a machine busy with other builds a cold start of the CLI and its sandbox can take a minute.
    static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <param name="args">The command line, without <c>customgpt</c>.</param>
    /// <param name="workingDirectory">Where it runs; the temp folder by default.</param>
    /// <param name="environment">Variables to set besides the process's own (minus the CLI's).</param>
    /// <param name="input">What stdin holds.</param>
    /// <param name="executable">An installed <c>customgpt</c> to run instead of the built dll.</param>
    public static async Task<CliResult> RunAsync(IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null, string input = "", string? executable = null)
    {
        var start = new ProcessStartInfo(executable ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        if (executable is null) start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CustomGpt.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("CUSTOMGPT_API_KEY");
        start.Environment.Remove("CUSTOMGPT_BASE_URL");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"customgpt {string.Join(' ', args)} did not finish within {Limit}.");
        }
        return new CliResult(process.ExitCode, (await output).Replace("\r\n", "\n"), (await error).Replace("\r\n", "\n"));
    }

    }
