using System.CommandLine;
using CustomGpt.Cli.Hosting;
using CustomGpt.Cli.Output;
using Spectre.Console.Rendering;

namespace CustomGpt.Cli.Commands;

/// <summary>
/// Runs a command's action the same way for every command: connect (real API or sandbox), run,
/// turn a failure into one error line and its exit code (<see cref="ExitCodes"/>). Also builds the
/// common kinds of command, so each area only says what it calls and how the answer looks.
/// </summary>
internal sealed class CommandRunner(CliHost host, GlobalOptions globals)
{
    /// <summary>Makes <paramref name="action"/> the action of <paramref name="command"/>.</summary>
    public void Runs(Command command, Func<CommandContext, Task> action) =>
        command.SetAction((parse, cancellationToken) => RunAsync(parse, action, confirmation: null, cancellationToken));

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
        Runs(command, Confirmed(call, line));
        return command;
    }

    /// <summary>
    /// A command that deletes <paramref name="what"/> (e.g. <c>agent 1042</c>): it asks first at a
    /// terminal, and without one (a script, a pipe) it needs <c>--yes</c>, as nobody can answer.
    /// </summary>
    public Command Deletes<T>(string name, string description, IEnumerable<Symbol> parameters, Func<ParseResult, string> what, Func<CommandContext, Task<T>> call, Func<CommandContext, T, string> line)
    {
        var yes = new Option<bool>("--yes", "-y") { Description = "Delete without asking; needed when stdin is not a terminal (scripts, pipes)." };
        var command = Define(name, description, parameters.Append(yes));
        var action = Confirmed(call, line);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, action, parse.GetValue(yes) ? null : what(parse), cancellationToken));
        return command;
    }

    static Func<CommandContext, Task> Confirmed<T>(Func<CommandContext, Task<T>> call, Func<CommandContext, T, string> line) => async context =>
    {
        var answer = await call(context);
        context.Output.Show(answer, line(context, answer));
    };

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

    /// <param name="parse">The command line.</param>
    /// <param name="action">What the command does.</param>
    /// <param name="confirmation">What it deletes, when the person must agree first; <see langword="null"/> otherwise.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    async Task<int> RunAsync(ParseResult parse, Func<CommandContext, Task> action, string? confirmation, CancellationToken cancellationToken)
    {
        var output = new CliOutput(host, parse.GetValue(globals.Json));
        var verbose = parse.GetValue(globals.Verbose);
        ApiConnection? connection = null;
        try
        {
            // Asked before connecting: a refusal sends nothing, and the prompt is not buried under notices.
            if (confirmation is not null && !await DeletionAgreedAsync(parse, output, confirmation, cancellationToken))
            {
                output.Notice($"Nothing deleted: {confirmation} stays.");
                return ExitCodes.Failure;
            }
            connection = ApiConnection.Open(host, parse.GetValue(globals.Sandbox), parse.GetValue(globals.BaseUrl), verbose, output);
            await action(new CommandContext(parse, connection, output, host, verbose, cancellationToken));
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.Notice("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (CliUsageException error)
        {
            output.Waiting?.Clear();
            return UsageErrors.Write(host.Error, error.Message, UsageErrors.CommandPath(parse.CommandResult));
        }
        catch (Exception error)
        {
            return ErrorReport.Write(output, error, verbose, connection);
        }
        finally
        {
            // Also after a failure: the answers shown before it were stand-ins too.
            connection?.Differences?.Report(output);
            connection?.Dispose();
        }
    }

    async Task<bool> DeletionAgreedAsync(ParseResult parse, CliOutput output, string what, CancellationToken cancellationToken)
    {
        if (!host.InputIsTerminal)
            throw new CliUsageException($"'{UsageErrors.CommandPath(parse.CommandResult)}' deletes {what}: add --yes to confirm, as stdin is not a terminal to ask at");
        output.Prompt($"Delete {what}? This cannot be undone. [y/N] ");
        var answer = (await host.In.ReadLineAsync(cancellationToken))?.Trim();
        return string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) || string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase);
    }
}
