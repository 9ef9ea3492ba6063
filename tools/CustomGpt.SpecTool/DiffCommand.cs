using System.CommandLine;
using CustomGpt.SpecTool.Diff;

namespace CustomGpt.SpecTool;

/// <summary>
/// The <c>diff</c> verb: the contract-level changes from one OpenAPI document to another, each with
/// a wire severity and a surface mark. Exit 0 when no change reaches <c>--fail-on</c> (default:
/// wire-breaking), 1 when one does, 2 when an input cannot be read or compared.
/// </summary>
public static class DiffCommand
{
    static readonly string[] Formats = ["text", "json", "markdown", "sarif"];

    /// <summary>Runs the verb writing the report to <paramref name="output"/> and problems to <paramref name="error"/>.</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error) =>
        SpecToolCli.RunVerbAsync(Create(), args, output, error);

    /// <summary>The verb's command: arguments, options, help and action.</summary>
    public static Command Create()
    {
        var old = new Argument<string?>("old") { Description = "The old document: a path or an http(s) URL, JSON or YAML, OpenAPI 3.0 or 3.1. With --base, leave it out.", Arity = ArgumentArity.ZeroOrOne };
        var @new = new Argument<string?>("new") { Description = "The new document: a path or an http(s) URL.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "The report: text, json, markdown, or sarif (SARIF 2.1.0 for code scanning).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var failOn = new Option<string[]>("--fail-on")
        {
            Description = "Exit 1 when a change reaches this threshold; repeatable. Wire: breaking, warning, info (that severity or worse). " +
                          "Public surface of the regenerated SDK: surface-breaking, surface-additive (that mark or worse). Default: breaking.",
            DefaultValueFactory = _ => ["breaking"],
        };
        failOn.AcceptOnlyFromAmong(FailOn.Names);
        var rules = new Option<bool>("--rules") { Description = "List every rule (id, wire severity, surface mark, oasdiff check) in --format text, json or markdown, and exit." };
        var @base = new Option<string?>("--base")
        {
            Description = "Compare one document in the working tree with the same file at this git ref (a branch, tag or commit): diff --base origin/main spec/api.json.",
            HelpName = "git-ref",
        };
        var command = new Command("diff", "Compares two OpenAPI documents and reports each contract change with its wire severity (does an existing client still work?) and its surface mark (does regenerating the SDK change its public API?).")
        {
            old, @new, format, failOn, rules, @base,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            try
            {
                if (parse.GetValue(rules))
                {
                    await output.WriteAsync(RuleCatalogue.Render(parse.GetValue(format)!));
                    return 0;
                }
                var documents = new[] { parse.GetValue(old), parse.GetValue(@new) }.OfType<string>().ToList();
                var (oldDocument, newDocument, newUri) = await LoadAsync(documents, parse.GetValue(@base), cancellationToken);
                var report = ContractDiff.Compare(oldDocument, newDocument);
                await output.WriteAsync(parse.GetValue(format) switch
                {
                    "json" => JsonReport.Render(report),
                    "markdown" => MarkdownReport.Render(report),
                    "sarif" => SarifReport.Render(report, newUri),
                    _ => TextReport.Render(report),
                });
                var thresholds = (parse.GetValue(failOn) ?? []).Select(n => FailOn.Parse(n)!).DefaultIfEmpty(FailOn.Default);
                return report.Reaches(thresholds) ? 1 : 0;
            }
            catch (SpecDiffException e)
            {
                await error.WriteLineAsync($"diff: {e.Message}");
                return SpecToolCli.UsageError;
            }
        });
        return command;
    }

    static async Task<(ApiDocument Old, ApiDocument New, string NewUri)> LoadAsync(IReadOnlyList<string> documents, string? baseRef, CancellationToken cancellationToken)
    {
        if (baseRef != null)
        {
            if (documents.Count != 1)
                throw new SpecDiffException($"with --base, give one document (the file in the working tree), not {documents.Count}.");
            var revision = GitRevision.Read(baseRef, documents[0]);
            var oldDocument = ApiDocument.Parse(revision.Text, revision.Origin);
            return (oldDocument, await ApiDocument.LoadAsync(documents[0], cancellationToken), revision.RepositoryPath);
        }
        if (documents.Count != 2)
            throw new SpecDiffException($"expected two documents (old and new, each a path or URL), got {documents.Count}.");
        return (await ApiDocument.LoadAsync(documents[0], cancellationToken), await ApiDocument.LoadAsync(documents[1], cancellationToken), RelativeUri(documents[1]));
    }

    // Code scanning wants the file relative to the checkout; a URL or a path outside the working directory stays as given.
    static string RelativeUri(string pathOrUrl)
    {
        if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return pathOrUrl;
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(pathOrUrl));
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(pathOrUrl) : relative).Replace('\\', '/');
    }
}
