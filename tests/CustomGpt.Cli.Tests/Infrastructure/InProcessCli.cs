using CustomGpt.Cli.Hosting;

namespace CustomGpt.Cli.Tests.Infrastructure;

/// <summary>
/// Runs <c>customgpt</c> in this process with its own streams, environment and working folder: no
/// variable of the machine running the tests (a real CUSTOMGPT_API_KEY, say) reaches it.
/// </summary>
public sealed class InProcessCli(SandboxFixture sandbox) : IDisposable
{
    /// <summary>Wide enough that no table in these tests wraps.</summary>
    const int Width = 200;

    /// <summary>The folder relative paths resolve against, new for each instance.</summary>
    public string WorkingDirectory { get; } = Directory.CreateTempSubdirectory("customgpt-cli-").FullName;

    /// <summary>Runs with no API key (so on the shared sandbox) unless <paramref name="environment"/> sets one.</summary>
    /// <param name="args">The command line, without <c>customgpt</c>.</param>
    /// <param name="environment">The variables the CLI sees; none by default.</param>
    /// <param name="input">What stdin holds.</param>
    /// <param name="sharedSandbox">Whether to use the suite's sandbox rather than start one.</param>
    /// <param name="terminal">Whether stdin and stderr count as a terminal (a person typing and watching).</param>
    public async Task<CliResult> RunAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null, string input = "", bool sharedSandbox = true, bool terminal = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var host = new CliHost
        {
            Out = output,
            Error = error,
            In = new StringReader(input),
            Environment = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
            WorkingDirectory = WorkingDirectory,
            Width = Width,
            SharedSandbox = sharedSandbox ? sandbox.Server : null,
            InputIsTerminal = terminal,
            ErrorIsTerminal = terminal,
        };
        var exitCode = await CustomGptCli.RunAsync(args, host);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command line written as in a shell.</summary>
    public Task<CliResult> RunAsync(string commandLine) => RunAsync(ShellWords.Split(commandLine));

    /// <summary>A path in <see cref="WorkingDirectory"/>.</summary>
    public string PathOf(string name) => Path.Combine(WorkingDirectory, name);

    public void Dispose() => Directory.Delete(WorkingDirectory, recursive: true);
}
