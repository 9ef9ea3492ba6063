using CustomGpt.SpecTool.Diff;

namespace CustomGpt.SpecTool;

/// <summary>
/// The <c>diff</c> verb: the contract-level changes from one OpenAPI document to another. Exit 0
/// when no change reaches <c>--fail-on</c> (default breaking), 1 when one does, 2 when an input
/// cannot be read or compared.
/// </summary>
public static class DiffCommand
{
    /// <summary>Runs the verb on the console.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs the verb writing the report to <paramref name="output"/> and problems to <paramref name="error"/>.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        try
        {
            var options = DiffOptions.Parse(args);
            if (options.ListRules)
            {
                foreach (var rule in Rules.All) await output.WriteLineAsync($"{rule.Id,-40} {rule.Severity.Name(),-8} {rule.Meaning}");
                return 0;
            }
            var old = await ApiDocument.LoadAsync(options.Old);
            var @new = await ApiDocument.LoadAsync(options.New);
            var report = ContractDiff.Compare(old, @new);
            await output.WriteAsync(options.Format switch
            {
                "json" => JsonReport.Render(report),
                "markdown" => MarkdownReport.Render(report),
                _ => TextReport.Render(report),
            });
            return report.Reaches(options.FailOn) ? 1 : 0;
        }
        catch (SpecDiffException e)
        {
            await error.WriteLineAsync($"diff: {e.Message}");
            return 2;
        }
    }
}
