using System.CommandLine;
using System.CommandLine.Parsing;
using CustomGpt.Cli.Hosting;

namespace CustomGpt.Cli.Commands;

/// <summary>
/// A command line that does not parse, told in the user's words on stderr: what is wrong (with a
/// suggestion for a mistyped name), where to read more, and <see cref="ExitCodes.Usage"/>. The help
/// text is printed only when asked for, so stdout stays clean for whoever reads it.
/// </summary>
internal static class UsageErrors
{
    public static int Write(ParseResult parse, TextWriter error) => Write(error, Describe(parse), CommandPath(parse.CommandResult));

    /// <summary>Writes <paramref name="message"/> and the pointer to <c><paramref name="commandPath"/> --help</c>.</summary>
    public static int Write(TextWriter error, string message, string commandPath)
    {
        error.WriteLine("error: " + message);
        error.WriteLine($"Run '{commandPath} --help' for usage.");
        error.Flush();
        return ExitCodes.Usage;
    }

    /// <summary>The command's full name as typed, e.g. <c>customgpt agents show</c>.</summary>
    public static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
            if (current is CommandResult command) names.Add(command.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    // Read from the structure of the parse rather than System.CommandLine's messages, which name .NET
    // types and say "Required command was not provided." before the real reason.
    static string Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var path = CommandPath(parse.CommandResult);
        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            if (token.StartsWith('-'))
                return $"unknown option '{token}' for '{path}'{Suggestion(token, command.Options.Concat(RecursiveOptions(parse.CommandResult)).SelectMany(o => o.Aliases.Prepend(o.Name)))}";
            if (FlagBefore(parse, token) is { } flag)
                return $"{flag.Name} takes true or false, got '{token}'";
            if (command.Subcommands.Count > 0)
                return $"unknown command '{token}' for '{path}'{Suggestion(token, command.Subcommands.Select(c => c.Name))}";
            return $"unexpected argument '{token}' for '{path}'";
        }
        if (command.Subcommands.Count > 0 && command.Action is null)
            return $"'{path}' needs a command: {string.Join(", ", command.Subcommands.Select(c => c.Name))}";

        foreach (var argument in command.Arguments)
            if (argument.Arity.MinimumNumberOfValues > 0 && parse.GetResult(argument) is not { Tokens.Count: > 0 })
                return $"missing <{argument.Name}>: {path} {string.Join(' ', command.Arguments.Select(a => $"<{a.Name}>"))}";
        foreach (var option in command.Options)
            if (option.Required && parse.GetResult(option) is not { Tokens.Count: > 0 })
                return $"{option.Name} is required: {option.Description}";
        // What is left comes from our own parsers and validators, which speak plainly.
        return parse.Errors[0].Message.TrimEnd('.');
    }

    // The parser leaves a word that is no boolean after a true/false option, rather than give it to the option.
    static Option? FlagBefore(ParseResult parse, string token)
    {
        var tokens = parse.Tokens;
        for (var i = 1; i < tokens.Count; i++)
            if (tokens[i].Value == token && tokens[i - 1].Type == TokenType.Option)
                return parse.CommandResult.Command.Options.FirstOrDefault(o =>
                    (o.Name == tokens[i - 1].Value || o.Aliases.Contains(tokens[i - 1].Value)) && o.ValueType == typeof(bool?));
        return null;
    }

    static IEnumerable<Option> RecursiveOptions(CommandResult result)
    {
        for (var parent = result.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
            foreach (var option in parent.Command.Options.Where(o => o.Recursive))
                yield return option;
    }

    static string Suggestion(string typed, IEnumerable<string> names)
    {
        var bare = typed.TrimStart('-');
        var close = names.Distinct()
            .Select(name => (Name: name, Distance: EditDistance(bare, name.TrimStart('-'))))
            .Where(c => c.Distance <= Math.Max(1, bare.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
        return close is null ? "" : $". Did you mean '{close}'?";
    }

    // Levenshtein distance: a typo is a few insertions, deletions or substitutions away.
    static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1),
                    previous[j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
