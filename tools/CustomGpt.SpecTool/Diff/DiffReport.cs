namespace CustomGpt.SpecTool.Diff;

/// <summary>The result of a comparison: the changes, most severe first, each severity in document order.</summary>
public sealed class DiffReport(ApiDocument old, ApiDocument @new, IEnumerable<Change> changes)
{
    /// <summary>The old document's path, URL or git ref.</summary>
    public string OldOrigin => old.Origin;

    /// <summary>The new document's path or URL.</summary>
    public string NewOrigin => @new.Origin;

    /// <summary>The changes, wire-breaking first.</summary>
    public IReadOnlyList<Change> Changes { get; } = [.. changes.OrderByDescending(c => c.Severity)];

    /// <summary>How many changes have <paramref name="severity"/>.</summary>
    public int Count(Severity severity) => Changes.Count(c => c.Severity == severity);

    /// <summary>How many changes have <paramref name="surface"/>.</summary>
    public int Count(Surface surface) => Changes.Count(c => c.Surface == surface);

    /// <summary>Whether any change reaches one of <paramref name="thresholds"/>.</summary>
    public bool Reaches(IEnumerable<FailOn> thresholds) => thresholds.Any(t => Changes.Any(t.IsReachedBy));

    /// <summary>Whether any change is at least as severe on the wire as <paramref name="threshold"/>.</summary>
    public bool Reaches(Severity threshold) => Changes.Any(c => c.Severity >= threshold);

    /// <summary>The 1-based line in the new document's text where <paramref name="change"/> is, or null.</summary>
    public int? LineOf(Change change) => change.Location.Pointer is { } pointer ? @new.LineOf(pointer) : null;

    /// <summary>The wire counts as a phrase: <c>3 breaking, 1 warning, 12 info</c>.</summary>
    public string Summary => $"{Count(Severity.Breaking)} breaking, {Count(Severity.Warning)} warning, {Count(Severity.Info)} info";

    /// <summary>The surface counts as a phrase: <c>surface: 2 breaking, 5 additive</c>.</summary>
    public string SurfaceSummary => $"surface: {Count(Surface.Breaking)} breaking, {Count(Surface.Additive)} additive";
}
