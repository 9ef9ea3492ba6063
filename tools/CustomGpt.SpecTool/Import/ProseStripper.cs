using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Removes the vendor's prose (summaries, descriptions, external links) from an OpenAPI document
/// while keeping its facts. Our own descriptions are added afterwards from spec/docs.
/// </summary>
/// <remarks>
/// The walk knows which objects are OpenAPI/JSON Schema keyword objects and which are maps of
/// user-chosen names, so a schema property that happens to be called <c>description</c> or
/// <c>title</c> survives, and example values are never touched.
/// </remarks>
public static class ProseStripper
{
    static readonly HashSet<string> ProseKeys = ["description", "summary", "externalDocs"];

    // Keys whose value is a map from names to keyword objects.
    static readonly HashSet<string> NameMaps =
    [
        "paths", "properties", "responses", "content", "schemas", "headers", "encoding", "links",
        "callbacks", "requestBodies", "securitySchemes", "variables", "patternProperties",
        "definitions", "examples", "parameters",
    ];

    // Keys whose value is data (examples, defaults, enumerations, extensions): left as it is.
    static readonly HashSet<string> DataKeys = ["example", "value", "enum", "default", "const", "security", "mapping", "required"];

    /// <summary>Strips prose from <paramref name="document"/> in place.</summary>
    public static void Strip(JObject document) => StripKeywordObject(document);

    static void StripKeywordObject(JObject node)
    {
        foreach (var property in node.Properties().ToList())
        {
            if (ProseKeys.Contains(property.Name)) { property.Remove(); continue; }
            if (DataKeys.Contains(property.Name) || property.Name.StartsWith("x-", StringComparison.Ordinal)) continue;
            if (NameMaps.Contains(property.Name) && property.Value is JObject map)
            {
                foreach (var entry in map.Properties()) StripAny(entry.Value);
                continue;
            }
            StripAny(property.Value);
        }
    }

    static void StripAny(JToken token)
    {
        switch (token)
        {
            case JObject obj: StripKeywordObject(obj); break;
            case JArray array: foreach (var item in array) StripAny(item); break;
        }
    }
}
