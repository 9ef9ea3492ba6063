namespace CustomGpt.SpecTool.Diff;

/// <summary>How much a change matters to a client built against the old document; ordered, so that <c>--fail-on</c> can compare.</summary>
public enum Severity
{
    /// <summary>Nothing an existing client notices (an addition, a relaxation).</summary>
    Info = 0,
    /// <summary>Existing clients keep working but may meet something they do not know (a new enum value, a new success status).</summary>
    Warning = 1,
    /// <summary>Existing clients fail to compile, send what is refused, or misread what they get.</summary>
    Breaking = 2,
}

/// <summary>The lower-case names used on the command line and in reports.</summary>
public static class SeverityNames
{
    /// <summary><c>breaking</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string Name(this Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>The severity called <paramref name="name"/>, or null.</summary>
    public static Severity? Parse(string name) =>
        Enum.GetValues<Severity>().Select(s => (Severity?)s).FirstOrDefault(s => s!.Value.Name() == name);
}
