using System.CommandLine;
using CustomGpt.Cli.Hosting;
using CustomGpt.Cli.Output;
using Spectre.Console.Rendering;

namespace CustomGpt.Cli.Commands;

/// <summary>
/// Runs a command's action the same way for every command: connect (real API or sandbox), run,
/// turn a failure into one error line and a non-zero exit code. Also builds the two common kinds
/// of command, so each area only says what it calls and how the answer looks.
/// </summary>
internal sealed class CommandRunner(CliHost host, GlobalOptions globals)
{
    /// <summary>The exit code of a run stopped by Ctrl+C, as shells report SIGINT.</summary>
    const int CancelledExitCode = 130;

    /// <summary>Makes <paramref name="action"/> the action of <paramref name="command"/>.</summary>
    public void Runs(Command command, Func<CommandContext, Task> action) =>
        command.SetAction((parse, cancellationToken) => RunAsync(parse, action, cancellationToken));

    /// <summary>A command that makes one call and shows its answer with <paramref name="view"/> (or as JSON).</summary>
    public Command Shows<T>(string name, string description, IEnumerable<Symbol> parameters, Func<CommandContext, Task<T>> call, Func<T, IRenderable> view)
    {
        var command = Define(name, description, parameters);
        Runs(command, async context =>
        {
            var answer = await call(context);
            context.Output.Show(answer, () => view(answer));
        });
        return command;
    }

    /// <summary>A command that makes one call and confirms it in one line (or prints the answer as JSON).</summary>
    public Command Confirms<T>(string name, string description, IEnumerable<Symbol> parameters, Func<CommandContext, Task<T>> call, Func<CommandContext, T, string> line)
    {
        var command = Define(name, description, parameters);
        Runs(command, async context =>
        {
            var answer = await call(context);
            context.Output.Show(answer, line(context, answer));
        });
        return command;
    }

    static Command Define(string name, string description, IEnumerable<Symbol> parameters)
    {
        var command = new Command(name, description);
        foreach (var parameter in parameters)
        {
            if (parameter is Argument argument) command.Arguments.Add(argument);
            else if (parameter is Option option) command.Options.Add(option);
            else throw new ArgumentException($"{parameter.Name} is neither an argument nor an option.", nameof(parameters));
        }
        return command;
    }

    async Task<int> RunAsync(ParseResult parse, Func<CommandContext, Task> action, CancellationToken cancellationToken)
    {
        var output = new CliOutput(host, parse.GetValue(globals.Json));
        var verbose = parse.GetValue(globals.Verbose);
        ApiConnection? connection = null;
        try
        {
            connection = ApiConnection.Open(host, parse.GetValue(globals.Sandbox), parse.GetValue(globals.BaseUrl), verbose, output);
            await action(new CommandContext(parse, connection, output, host, verbose, cancellationToken));
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.Notice("Cancelled.");
            return CancelledExitCode;
        }
        catch (Exception error)
        {
            return ErrorReport.Write(output, error, verbose, connection);
        }
        finally
        {
            connection?.Dispose();
        }
    }
}
