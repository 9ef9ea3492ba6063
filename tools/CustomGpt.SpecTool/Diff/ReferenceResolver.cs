using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>Follows local <c>$ref</c>s (<c>#/components/...</c>) of one document to the objects they name.</summary>
public sealed class ReferenceResolver(JObject root, string origin)
{
    /// <summary>The node itself, or the end of its chain of <c>$ref</c>s.</summary>
    /// <exception cref="SpecDiffException">A reference is external, dangling or part of a cycle of bare references.</exception>
    public JObject Resolve(JObject node)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (node["$ref"] is JValue { Type: JTokenType.String } reference)
        {
            var pointer = (string)reference!;
            if (!seen.Add(pointer))
                throw new SpecDiffException($"{Where(reference)}: $ref {pointer} is a cycle of references that never reaches a definition.");
            node = Lookup(pointer, reference);
        }
        return node;
    }

    /// <summary>The object's <c>$ref</c> name (the last pointer segment), or null for an inline object.</summary>
    public static string? ReferenceName(JObject node) =>
        node["$ref"] is JValue { Type: JTokenType.String } reference ? ((string)reference!).Split('/')[^1] : null;

    JObject Lookup(string pointer, JToken site)
    {
        if (!pointer.StartsWith("#/", StringComparison.Ordinal))
            throw new SpecDiffException($"{Where(site)}: $ref {pointer} is not a local reference (#/...); external documents are not supported.");
        JToken? current = root;
        foreach (var segment in pointer[2..].Split('/'))
        {
            var key = Uri.UnescapeDataString(segment).Replace("~1", "/").Replace("~0", "~");
            current = current switch
            {
                JObject obj => obj[key],
                JArray array when int.TryParse(key, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
            if (current == null) break;
        }
        return current as JObject
            ?? throw new SpecDiffException($"{Where(site)}: $ref {pointer} points at nothing in the document.");
    }

    string Where(JToken token) =>
        token is IJsonLineInfo info && info.HasLineInfo() ? $"{origin} line {info.LineNumber}" : origin;
}
