using System.Text;
using System.Text.RegularExpressions;

namespace CustomGpt.SpecTool.Verify;

/// <summary>What verify found: violations fail it; marked and tolerated departures are listed so that none passes unseen.</summary>
public sealed partial class VerifyReport(int files, int responses, IReadOnlyList<Finding> findings)
{
    /// <summary>How many recording files were read.</summary>
    public int Files { get; } = files;

    /// <summary>How many recorded responses were checked.</summary>
    public int Responses { get; } = responses;

    /// <summary>Every finding, in recording order.</summary>
    public IReadOnlyList<Finding> Findings { get; } = findings;

    /// <summary>The findings that fail verify.</summary>
    public IEnumerable<Finding> Violations => Findings.Where(f => f.Kind == FindingKind.Violation);

    /// <summary>Whether every recorded response fits the spec (marks and rules aside).</summary>
    public bool Passed => !Violations.Any();

    /// <summary>The report as text: violations one per line, marked ones with their reason, tolerated ones grouped by place.</summary>
    public string Render(string specPath, string recordingsPath)
    {
        var text = new StringBuilder();
        text.AppendLine($"verify: {Responses} recorded responses in {Files} files of {recordingsPath} against {specPath}");
        var violations = Violations.ToList();
        foreach (var finding in violations) text.AppendLine($"  FAIL   {finding}");

        var marked = Findings.Where(f => f.Kind == FindingKind.Marked).ToList();
        if (marked.Count > 0) text.AppendLine($"marked in the recordings ({marked.Count}):");
        foreach (var finding in marked) text.AppendLine($"  marked {finding}");

        // One line per rule, its places with array indices folded: the rule is the decision, the places show its reach.
        foreach (var rule in Findings.Where(f => f.Kind == FindingKind.Tolerated).GroupBy(f => f.Reason))
        {
            var places = rule.GroupBy(f => AnyIndex().Replace(f.Location, "/*")).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} ({g.Count()})");
            text.AppendLine($"tolerated by rule, {rule.Count()} values in {rule.Select(f => f.Source).Distinct().Count()} responses ({rule.Key}; --strict fails them):");
            text.AppendLine($"  {string.Join(", ", places)}");
        }

        text.AppendLine(violations.Count == 0
            ? "verify: every recorded response fits the spec."
            : $"verify: {violations.Count} departures from the spec (FAIL lines above).");
        return text.ToString();
    }

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex AnyIndex();
}
