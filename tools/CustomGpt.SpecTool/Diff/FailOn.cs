namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// A threshold of <c>--fail-on</c>, on either axis: a wire severity (<c>breaking</c>, <c>warning</c>,
/// <c>info</c>: that severity or worse) or a surface mark (<c>surface-breaking</c>,
/// <c>surface-additive</c>: that mark or worse).
/// </summary>
public sealed record FailOn(Severity? Wire, Surface? PublicSurface)
{
    /// <summary>The names <c>--fail-on</c> accepts.</summary>
    public static readonly string[] Names = ["breaking", "warning", "info", "surface-breaking", "surface-additive"];

    /// <summary>The default: wire-breaking changes only.</summary>
    public static readonly FailOn Default = new(Severity.Breaking, null);

    /// <summary>The threshold called <paramref name="name"/>, or null.</summary>
    public static FailOn? Parse(string name) => name switch
    {
        "surface-breaking" => new FailOn(null, Surface.Breaking),
        "surface-additive" => new FailOn(null, Surface.Additive),
        _ => SeverityNames.Parse(name) is { } severity ? new FailOn(severity, null) : null,
    };

    /// <summary>Whether <paramref name="change"/> reaches this threshold.</summary>
    public bool IsReachedBy(Change change) =>
        Wire is { } wire ? change.Severity >= wire : change.Surface >= PublicSurface!.Value;
}
