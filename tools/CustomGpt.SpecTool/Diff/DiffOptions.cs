namespace CustomGpt.SpecTool.Diff;

/// <summary>The arguments of <c>diff</c>: <c>&lt;old&gt; &lt;new&gt; [--format text|json|markdown] [--fail-on breaking|warning|info] [--rules]</c>.</summary>
public sealed record DiffOptions(string Old, string New, string Format, Severity FailOn, bool ListRules)
{
    static readonly string[] Formats = ["text", "json", "markdown"];

    /// <summary>Parses the arguments that follow the verb; options may stand before, between or after the two documents.</summary>
    /// <exception cref="SpecDiffException">An argument is unknown, a value is not allowed, or a document is missing.</exception>
    public static DiffOptions Parse(IReadOnlyList<string> args)
    {
        var documents = new List<string>();
        var (format, failOn, listRules) = ("text", Severity.Breaking, false);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--format":
                    format = Value(args, ++i, "--format");
                    if (!Formats.Contains(format)) throw new SpecDiffException($"--format must be one of {string.Join(", ", Formats)}, not \"{format}\".");
                    break;
                case "--fail-on":
                    var severity = Value(args, ++i, "--fail-on");
                    failOn = SeverityNames.Parse(severity) ?? throw new SpecDiffException($"--fail-on must be breaking, warning or info, not \"{severity}\".");
                    break;
                case "--rules":
                    listRules = true;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new SpecDiffException($"unknown option {option}.");
                default:
                    documents.Add(args[i]);
                    break;
            }
        }
        if (listRules) return new DiffOptions("", "", format, failOn, true);
        if (documents.Count != 2)
            throw new SpecDiffException($"expected two documents (old and new, each a path or URL), got {documents.Count}.");
        return new DiffOptions(documents[0], documents[1], format, failOn, false);
    }

    static string Value(IReadOnlyList<string> args, int index, string option) =>
        index < args.Count ? args[index] : throw new SpecDiffException($"{option} needs a value.");
}
