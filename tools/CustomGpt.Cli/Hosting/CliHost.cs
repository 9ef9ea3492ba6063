using CustomGpt.Cli.Sandbox;

namespace CustomGpt.Cli.Hosting;

/// <summary>
/// Everything a run of the CLI takes from its process: the standard streams, the environment and the
/// working directory. Tests run the CLI in-process by giving their own.
/// </summary>
internal sealed class CliHost
{
    /// <summary>Where results go: tables, JSON, the streamed answer.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Where notices, progress, prompts and errors go, so <see cref="Out"/> stays clean for scripts.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>The questions of an interactive chat.</summary>
    public required TextReader In { get; init; }

    /// <summary>Reads an environment variable.</summary>
    public required Func<string, string?> Environment { get; init; }

    /// <summary>The folder relative paths start from.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>Whether a person types into standard input: only then is there someone to ask before deleting.</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>Whether standard error is a terminal: only then is a line redrawn to show time passing.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The console width for tables; <see langword="null"/> lets the console decide.</summary>
    public int? Width { get; init; }

    /// <summary>
    /// A sandbox already running, used instead of starting one per run (tests share one). The run
    /// does not stop it.
    /// </summary>
    public SandboxServer? SharedSandbox { get; init; }

    /// <summary>The real process: console streams, process environment, current directory.</summary>
    public static CliHost FromProcess() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        In = Console.In,
        Environment = System.Environment.GetEnvironmentVariable,
        WorkingDirectory = Directory.GetCurrentDirectory(),
        InputIsTerminal = !Console.IsInputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };

    /// <summary>Makes <paramref name="path"/> absolute against <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
