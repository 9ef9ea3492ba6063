namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// Where a change is, from the operation down: <c>GET /api/v1/projects → response 200 → data.data[].is_shared</c>.
/// </summary>
public sealed class Location
{
    /// <summary>The separator between segments.</summary>
    public const string Separator = " → ";

    readonly string[] _segments;

    Location(string[] segments) => _segments = segments;

    /// <summary>A location that starts with <paramref name="first"/> (an operation, a security scheme).</summary>
    public static Location At(string first) => new([first]);

    /// <summary>This location followed by <paramref name="segment"/>; an empty segment adds nothing.</summary>
    public Location Then(string segment) => segment.Length == 0 ? this : new([.. _segments, segment]);

    /// <summary>The first segment: the operation, or the document-level element.</summary>
    public string Head => _segments[0];

    /// <inheritdoc />
    public override string ToString() => string.Join(Separator, _segments);
}
