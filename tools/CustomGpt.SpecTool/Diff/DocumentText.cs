using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// A document's text parsed into one tree whether it was JSON or YAML, with the line of each node
/// in the original text (what SARIF results and editors point at).
/// </summary>
public sealed class DocumentText
{
    readonly Func<string, int?> _lineOf;

    DocumentText(JObject root, Func<string, int?> lineOf)
    {
        Root = root;
        _lineOf = lineOf;
    }

    /// <summary>The parsed document.</summary>
    public JObject Root { get; }

    /// <summary>The 1-based line in the source text of the node at <paramref name="pointer"/>, or null when unknown.</summary>
    public int? LineOf(string pointer) => _lineOf(pointer);

    /// <summary>Parses <paramref name="text"/> as JSON when it starts with <c>{</c>, as YAML otherwise.</summary>
    /// <exception cref="SpecDiffException">The text is not valid JSON or YAML, or is not an object at the top.</exception>
    public static DocumentText Parse(string text, string origin)
    {
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith('{')) return ParseJson(text, origin);
        var (root, lines) = YamlTree.Read(text, origin);
        return new DocumentText(root, pointer => lines.TryGetValue(pointer, out var line) ? line : null);
    }

    static DocumentText ParseJson(string text, string origin)
    {
        using var reader = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        JObject root;
        try
        {
            root = JObject.Load(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException e)
        {
            throw new SpecDiffException($"{origin} is not valid JSON: {e.Message}");
        }
        return new DocumentText(root, pointer => JsonLine(root, pointer));
    }

    // The line of the property that holds the node (where an editor shows "name": ...), else the node's own.
    static int? JsonLine(JObject root, string pointer)
    {
        JToken? current = root;
        foreach (var segment in JsonPointer.Segments(pointer))
        {
            current = current switch
            {
                JObject obj => obj.Property(segment, StringComparison.Ordinal),
                JProperty { Value: JObject obj } => obj.Property(segment, StringComparison.Ordinal),
                JProperty { Value: JArray array } when int.TryParse(segment, out var i) && i >= 0 && i < array.Count => array[i],
                JArray array when int.TryParse(segment, out var i) && i >= 0 && i < array.Count => array[i],
                _ => null,
            };
            if (current == null) return null;
        }
        return current is IJsonLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
    }
}
