namespace CustomGpt.SpecTool.Diff;

/// <summary>The plain-text report: one line per change (with its surface mark when regenerating changes the SDK), then the counts.</summary>
public static class TextReport
{
    /// <summary>Renders <paramref name="report"/>.</summary>
    public static string Render(DiffReport report)
    {
        if (report.Changes.Count == 0) return $"No contract changes from {report.OldOrigin} to {report.NewOrigin}.\n";
        var lines = report.Changes.Select(c =>
            $"{c.Severity.Name(),-8}  {c.Rule.Id}  {c.Location}: {c.Detail}{(c.Surface == Surface.None ? "" : $"  [surface: {c.Surface.Name()}]")}");
        return string.Join("\n", lines) + $"\n\n{report.Summary}; {report.SurfaceSummary} (from {report.OldOrigin} to {report.NewOrigin}).\n";
    }
}
