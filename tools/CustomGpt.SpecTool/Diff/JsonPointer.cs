using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>RFC 6901 pointers to the nodes of a parsed document, which is how a finding names its place in the text.</summary>
public static class JsonPointer
{
    /// <summary>The pointer of <paramref name="node"/> from its document's root (<c>""</c> for the root).</summary>
    public static string Of(JToken node)
    {
        var segments = new List<string>();
        var current = node;
        while (current.Parent is { } parent)
        {
            if (parent is JProperty property) segments.Add(Escape(property.Name));
            else if (parent is JArray array) segments.Add(array.IndexOf(current).ToString(System.Globalization.CultureInfo.InvariantCulture));
            current = parent;
        }
        segments.Reverse();
        return string.Concat(segments.Select(s => "/" + s));
    }

    /// <summary>The segments of <paramref name="pointer"/>, unescaped.</summary>
    public static IEnumerable<string> Segments(string pointer) =>
        pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(s => s.Replace("~1", "/").Replace("~0", "~"));

    static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");
}
