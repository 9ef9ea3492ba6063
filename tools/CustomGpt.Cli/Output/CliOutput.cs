using CustomGpt.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CustomGpt.Cli.Output;

/// <summary>
/// How a command shows what it got: a table or a short line for people, JSON for scripts
/// (<c>--json</c>). Results go to standard output; notices, progress and errors to standard error,
/// so a script's pipe receives nothing but the result.
/// </summary>
internal sealed class CliOutput
{
    readonly CliHost _host;

    public CliOutput(CliHost host, bool json)
    {
        _host = host;
        IsJson = json;
        Results = CreateConsole(host.Out, host.Width);
        Notices = CreateConsole(host.Error, host.Width);
        Waiting = host.ErrorIsTerminal ? new WaitIndicator(host.Error) : null;
    }

    /// <summary>The spinner shown while a request waits for its answer; only when stderr is a terminal.</summary>
    public WaitIndicator? Waiting { get; }

    /// <summary>Whether results are printed as JSON.</summary>
    public bool IsJson { get; }

    /// <summary>The console of results (standard output).</summary>
    public IAnsiConsole Results { get; }

    /// <summary>The console of notices, progress and errors (standard error).</summary>
    public IAnsiConsole Notices { get; }

    /// <summary>Prints <paramref name="payload"/> as JSON, or what <paramref name="view"/> makes of it.</summary>
    public void Show(object? payload, Func<IRenderable> view)
    {
        Waiting?.Clear();
        if (IsJson) WriteJson(payload);
        else Results.Write(view());
    }

    /// <summary>Prints <paramref name="payload"/> as JSON, whatever the mode.</summary>
    public void WriteJson(object? payload)
    {
        Waiting?.Clear();
        JsonResult.Write(_host.Out, payload);
    }

    /// <summary>Prints <paramref name="payload"/> as JSON, or <paramref name="line"/> (plain text, not markup).</summary>
    public void Show(object? payload, string line) => Show(payload, () => new Text(line + Environment.NewLine));

    /// <summary>A line for the person at the terminal, on standard error; never wrapped, so a log keeps it whole.</summary>
    public void Notice(string text)
    {
        Waiting?.Clear();
        _host.Error.WriteLine(text);
        _host.Error.Flush();
    }

    /// <summary>Asks for input on standard error, leaving the cursor after <paramref name="text"/>.</summary>
    public void Prompt(string text)
    {
        Waiting?.Clear();
        _host.Error.Write(text);
        _host.Error.Flush();
    }

    /// <summary>Plain text to the results as it is, flushed at once: a piece of a streamed answer is not wrapped or held back.</summary>
    public void Write(string text)
    {
        Waiting?.Clear();
        _host.Out.Write(text);
        _host.Out.Flush();
    }

    static IAnsiConsole CreateConsole(TextWriter writer, int? width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (width is { } columns) console.Profile.Width = columns;
        return console;
    }
}
