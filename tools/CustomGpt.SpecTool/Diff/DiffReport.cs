namespace CustomGpt.SpecTool.Diff;

/// <summary>The result of a comparison: the changes, most severe first, each severity in document order.</summary>
public sealed class DiffReport(string oldOrigin, string newOrigin, IEnumerable<Change> changes)
{
    /// <summary>The old document's path or URL.</summary>
    public string OldOrigin { get; } = oldOrigin;

    /// <summary>The new document's path or URL.</summary>
    public string NewOrigin { get; } = newOrigin;

    /// <summary>The changes, breaking first.</summary>
    public IReadOnlyList<Change> Changes { get; } = [.. changes.OrderByDescending(c => c.Severity)];

    /// <summary>How many changes have <paramref name="severity"/>.</summary>
    public int Count(Severity severity) => Changes.Count(c => c.Severity == severity);

    /// <summary>Whether any change is at least as severe as <paramref name="threshold"/>.</summary>
    public bool Reaches(Severity threshold) => Changes.Any(c => c.Severity >= threshold);

    /// <summary>The counts as a phrase: <c>3 breaking, 1 warning, 12 info</c>.</summary>
    public string Summary => $"{Count(Severity.Breaking)} breaking, {Count(Severity.Warning)} warning, {Count(Severity.Info)} info";
}
