using CustomGpt.SpecTool.Import;

namespace CustomGpt.SpecTool;

/// <summary>The options of a verb: <c>--name value</c> pairs and bare <c>--flag</c>s.</summary>
public sealed class CommandLine
{
    readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    /// <summary>Parses the arguments that follow the verb.</summary>
    public static CommandLine Parse(IEnumerable<string> args)
    {
        var line = new CommandLine();
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending != null) line._options[pending] = null;
                pending = arg[2..];
            }
            else if (pending != null) { line._options[pending] = arg; pending = null; }
            else throw new SpecImportException($"Unexpected argument \"{arg}\".");
        }
        if (pending != null) line._options[pending] = null;
        return line;
    }

    /// <summary>The value of <c>--name</c>, or <paramref name="fallback"/>.</summary>
    public string Get(string name, string fallback) => _options.TryGetValue(name, out var v) && v != null ? v : fallback;

    /// <summary>Whether the bare flag <c>--name</c> was given.</summary>
    public bool Has(string name) => _options.ContainsKey(name);
}
