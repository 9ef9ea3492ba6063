namespace CustomGpt.SpecTool.Diff;

/// <summary>The Markdown report for CI summaries and pull requests: the counts on both axes, then a table per wire severity with each change's surface mark.</summary>
public static class MarkdownReport
{
    /// <summary>Renders <paramref name="report"/>.</summary>
    public static string Render(DiffReport report)
    {
        var text = new System.Text.StringBuilder();
        text.Append("## API contract changes\n\n");
        text.Append($"From `{report.OldOrigin}` to `{report.NewOrigin}`: ");
        if (report.Changes.Count == 0) return text.Append("no contract changes.\n").ToString();
        text.Append($"**{report.Summary}**; regenerating the SDK: **{report.SurfaceSummary}**.\n");
        foreach (var severity in Enum.GetValues<Severity>().Reverse())
        {
            var changes = report.Changes.Where(c => c.Severity == severity).ToList();
            if (changes.Count == 0) continue;
            text.Append($"\n### {severity} ({changes.Count})\n\n| rule | where | change | surface |\n|---|---|---|---|\n");
            foreach (var change in changes)
                text.Append($"| `{change.Rule.Id}` | {Cell(change.Location.ToString())} | {Cell(change.Detail)} | {(change.Surface == Surface.None ? "" : change.Surface.Name())} |\n");
        }
        return text.ToString();
    }

    // A table cell must not contain a pipe or a line break.
    static string Cell(string value) => value.Replace("|", "\\|").Replace("\n", " ");
}
