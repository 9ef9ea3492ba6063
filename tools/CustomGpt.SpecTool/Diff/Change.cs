namespace CustomGpt.SpecTool.Diff;

/// <summary>One reported difference between the old and the new document.</summary>
/// <param name="Rule">What kind of change it is; gives the id and the wire severity.</param>
/// <param name="Location">Where it is (and where in the new document's text).</param>
/// <param name="Detail">What changed, with the old and new values where there are any.</param>
public sealed record Change(DiffRule Rule, Location Location, string Detail)
{
    /// <summary>The rule's wire severity.</summary>
    public Severity Severity => Rule.Severity;

    /// <summary>What regenerating the SDK does to its public surface; the rule's mark unless this change knows better.</summary>
    public Surface Surface { get; init; } = Rule.Surface;
}
