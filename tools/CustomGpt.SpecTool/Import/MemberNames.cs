using System.Text.RegularExpressions;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// The C# name a schema property gets from the generator: the parts between non-alphanumeric
/// characters, each with its first letter upper-cased (<c>project_name</c> is <c>ProjectName</c>,
/// <c>orderBy</c> is <c>OrderBy</c>). spec/docs keys members by these names.
/// </summary>
public static partial class MemberNames
{
    /// <summary>The PascalCase member name of the JSON property <paramref name="jsonName"/>.</summary>
    public static string Of(string jsonName) =>
        string.Concat(Separator().Split(jsonName).Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex Separator();
}
