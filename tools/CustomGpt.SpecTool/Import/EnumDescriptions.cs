using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Descriptions of enum members, written as <c>x-enumDescriptions</c>: an array parallel to
/// <c>enum</c> and <c>x-enumNames</c>. NJsonSchema 11.6 reads it (and <c>x-enum-descriptions</c>)
/// into <c>EnumerationDescriptions</c>, which gives each member model of an enum template its
/// <c>Description</c>.
/// </summary>
public static class EnumDescriptions
{
    /// <summary>The extension this class writes.</summary>
    public const string Extension = "x-enumDescriptions";

    /// <summary>The C# names of the members of the enum <paramref name="schema"/>: its x-enumNames, else its values in PascalCase.</summary>
    public static List<string> MemberNames(JObject schema)
    {
        var values = schema["enum"] as JArray ?? [];
        var names = schema["x-enumNames"] as JArray;
        return values.Select((value, i) => names != null && i < names.Count ? (string)names[i]! : Import.MemberNames.Of(value.ToString())).ToList();
    }

    /// <summary>Describes member <paramref name="index"/> of the enum <paramref name="schema"/>.</summary>
    public static void Set(JObject schema, int index, string text)
    {
        var count = (schema["enum"] as JArray)?.Count ?? 0;
        if (schema[Extension] is not JArray descriptions)
            schema[Extension] = descriptions = new JArray(Enumerable.Range(0, count).Select(_ => JValue.CreateNull()));
        descriptions[index] = text;
    }

    /// <summary>The members of <paramref name="schema"/> that have no description yet.</summary>
    public static IEnumerable<string> Undescribed(JObject schema)
    {
        var descriptions = schema[Extension] as JArray;
        return MemberNames(schema).Where((_, i) => descriptions is null || i >= descriptions.Count || string.IsNullOrWhiteSpace((string?)descriptions[i]));
    }
}
