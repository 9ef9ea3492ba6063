namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// What regenerating the SDK from the new document does to its public C# surface: the second axis
/// of a finding, beside the wire <see cref="Severity"/> (a renamed operationId breaks no request but
/// renames a method; <c>string</c> gaining <c>format: uuid</c> changes no byte but becomes <c>Guid</c>).
/// Ordered, so that <c>--fail-on surface-additive</c> also fails on a breaking surface change.
/// </summary>
public enum Surface
{
    /// <summary>The generated members stay as they were.</summary>
    None = 0,
    /// <summary>Members are added; code compiled against the old SDK still compiles.</summary>
    Additive = 1,
    /// <summary>A member is removed, renamed or retyped; code compiled against the old SDK may not compile.</summary>
    Breaking = 2,
}

/// <summary>The lower-case names used in reports.</summary>
public static class SurfaceNames
{
    /// <summary><c>breaking</c>, <c>additive</c> or <c>none</c>.</summary>
    public static string Name(this Surface surface) => surface.ToString().ToLowerInvariant();
}
