namespace CustomGpt.SpecTool.Verify;

/// <summary>How a departure of a recorded response from the spec is judged.</summary>
public enum FindingKind
{
    /// <summary>The response does not fit the spec: verify fails.</summary>
    Violation,

    /// <summary>A departure the recording declares with its reason (<see cref="ContractMarks"/>).</summary>
    Marked,

    /// <summary>A looseness of the API the verifier accepts by rule (<see cref="ApiLooseness"/>).</summary>
    Tolerated,
}

/// <summary>One departure of a recorded response from the spec.</summary>
/// <param name="Source">The recording (and exchange index) it was found in.</param>
/// <param name="Location">Where in the response: a JSON pointer into the body (<c>""</c> for the response as a whole),
/// prefixed with <c>event N:</c> inside a server-sent event stream.</param>
/// <param name="Expected">What the spec expects there.</param>
/// <param name="Found">What the recording has.</param>
/// <param name="Kind">How it is judged.</param>
/// <param name="Reason">Why it is accepted, for marked and tolerated findings.</param>
public sealed record Finding(string Source, string Location, string Expected, string Found, FindingKind Kind = FindingKind.Violation, string? Reason = null)
{
    /// <summary>One line for the report: <c>file /pointer: expected X, found Y</c>.</summary>
    public override string ToString() =>
        $"{Source} {(Location.Length == 0 ? "(response)" : Location)}: expected {Expected}, found {Found}" + (Reason is null ? "" : $" [{Reason}]");
}
