using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using CustomGpt.Cli.Commands;
using CustomGpt.Cli.Hosting;
using CustomGpt.Cli.Mcp;

namespace CustomGpt.Cli;

/// <summary>The <c>customgpt</c> command: its command tree, run against a host.</summary>
internal static class CustomGptCli
{
    /// <summary>The name the tool is installed under (the assembly is CustomGpt.Cli).</summary>
    public const string Name = "customgpt";

    /// <summary>Runs the command line <paramref name="args"/> and returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, CliHost host, CancellationToken cancellationToken = default)
    {
        var parse = Build(host).Parse(args);
        // Our own report instead of System.CommandLine's (its messages, then the whole help, on stdout).
        if (parse.Action is ParseErrorAction) return Task.FromResult(UsageErrors.Write(parse, host.Error));
        var configuration = new InvocationConfiguration { Output = host.Out, Error = host.Error };
        return parse.InvokeAsync(configuration, cancellationToken);
    }

    static Command Build(CliHost host)
    {
        var globals = new GlobalOptions();
        var runner = new CommandRunner(host, globals);
        // A plain command rather than RootCommand, whose name would be the assembly's.
        var root = new Command(Name,
            "The CustomGPT.ai API from the command line. Uses CUSTOMGPT_API_KEY; without it, " +
            "an embedded sandbox answers from recorded exchanges.")
        {
            new HelpOption(),
            new VersionOption(),
            ChatCommand.Create(runner),
            AgentsCommand.Create(runner),
            SourcesCommand.Create(runner),
            PagesCommand.Create(runner),
            ConversationsCommand.Create(runner),
            SettingsCommand.Create(runner),
            LicensesCommand.Create(runner),
            ReportsCommand.Create(runner),
            AccountCommands.User(runner),
            AccountCommands.Limits(runner),
            McpCommand.Create(runner),
        };
        globals.AddTo(root);
        return root;
    }
}
