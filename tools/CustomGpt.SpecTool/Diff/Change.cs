namespace CustomGpt.SpecTool.Diff;

/// <summary>One reported difference between the old and the new document.</summary>
/// <param name="Rule">What kind of change it is; gives the id and the severity.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Detail">What changed, with the old and new values where there are any.</param>
public sealed record Change(DiffRule Rule, Location Location, string Detail)
{
    /// <summary>The rule's severity.</summary>
    public Severity Severity => Rule.Severity;
}
