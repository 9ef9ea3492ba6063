using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// Where a change is, from the operation down: <c>GET /api/v1/projects → response 200 → data.data[].is_shared</c>,
/// with the JSON pointer of the nearest element of the new document (for SARIF and editors).
/// </summary>
public sealed class Location
{
    /// <summary>The separator between segments.</summary>
    public const string Separator = " → ";

    readonly string[] _segments;

    Location(string[] segments, string? pointer)
    {
        _segments = segments;
        Pointer = pointer;
    }

    /// <summary>The JSON pointer (<c>/paths/~1items/get</c>) of the element in the new document this change belongs to; null for what only the old one has at top level.</summary>
    public string? Pointer { get; }

    /// <summary>A location that starts with <paramref name="first"/> (an operation, a security scheme).</summary>
    public static Location At(string first, JToken? newNode = null) => new([first], newNode == null ? null : JsonPointer.Of(newNode));

    /// <summary>This location followed by <paramref name="segment"/>; an empty segment adds nothing. The pointer stays unless <paramref name="newNode"/> gives a nearer one.</summary>
    public Location Then(string segment, JToken? newNode = null) =>
        new(segment.Length == 0 ? _segments : [.. _segments, segment], newNode == null ? Pointer : JsonPointer.Of(newNode));

    /// <summary>The same location pointing at <paramref name="newNode"/> of the new document.</summary>
    public Location Pointing(JToken? newNode) => newNode == null ? this : new(_segments, JsonPointer.Of(newNode));

    /// <summary>The first segment: the operation, or the document-level element.</summary>
    public string Head => _segments[0];

    /// <inheritdoc />
    public override string ToString() => string.Join(Separator, _segments);
}
