using System.CommandLine;
using System.CommandLine.Help;

namespace CustomGpt.SpecTool;

/// <summary>
/// The <c>customgpt-spec</c> command tree (import, diff, verify, record) and the one way every verb
/// runs: arguments parsed by System.CommandLine, <c>--help</c> on each verb (exit 0), and a bad
/// argument reported in one line with exit 2.
/// </summary>
public static class SpecToolCli
{
    /// <summary>The command the tool is installed as.</summary>
    public const string Name = "customgpt-spec";

    /// <summary>The exit code for arguments that cannot be used (and for inputs that cannot be read).</summary>
    public const int UsageError = 2;

    /// <summary>Runs a whole command line (<c>diff a.json b.json</c>).</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, TextReader input, CancellationToken cancellationToken = default)
    {
        // A plain command rather than RootCommand, whose name would be the assembly's.
        var root = new Command(Name, "Imports, compares and checks OpenAPI documents: the spec tool of the CustomGpt .NET SDK.")
        {
            new HelpOption(),
            new VersionOption(),
            ImportCommand.Create(),
            DiffCommand.Create(),
            VerifyCommand.Create(),
            RecordCommand.Create(input),
        };
        return InvokeAsync(root, args, output, error, cancellationToken);
    }

    /// <summary>Runs one verb's command on its arguments, as if it were the whole tool (what the tests and the verb entry points use).</summary>
    public static Task<int> RunVerbAsync(Command verb, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        verb.Options.Add(new HelpOption());
        return InvokeAsync(verb, args, output, error, cancellationToken);
    }

    static async Task<int> InvokeAsync(Command command, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parse = command.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors) await error.WriteLineAsync($"{parse.CommandResult.Command.Name}: {problem.Message}");
            await error.WriteLineAsync($"Run '{Name} {(parse.CommandResult.Command == command && command.Name == Name ? "" : parse.CommandResult.Command.Name + " ")}--help' for the usage.");
            return UsageError;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
