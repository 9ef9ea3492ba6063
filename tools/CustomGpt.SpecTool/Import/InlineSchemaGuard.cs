using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Fails the import when a schema that the generator would turn into a type is still inline:
/// an object with properties or an enumeration anywhere but at the top of components/schemas.
/// Such a schema would come out of NSwag with an accidental name (Response2, Data29, Anonymous).
/// </summary>
public static class InlineSchemaGuard
{
    static readonly HashSet<string> SchemaValuedKeys = ["schema", "items", "additionalProperties", "not"];
    static readonly HashSet<string> SchemaListKeys = ["allOf", "oneOf", "anyOf"];

    /// <summary>Throws a <see cref="SpecImportException"/> listing every unnamed inline type.</summary>
    public static void Check(JObject document)
    {
        var offenders = Schemas(document)
            .Where(s => !IsComponentRoot(s) && (s["properties"] != null || s["enum"] != null))
            .Select(s => s.Path)
            .ToList();
        if (offenders.Count > 0)
            throw new SpecImportException(
                "These inline schemas would become generated types with accidental names; give each an " +
                $"{SchemaNamer.NameExtension} in spec/overlays/names.json:\n  " + string.Join("\n  ", offenders));
    }

    static IEnumerable<JObject> Schemas(JObject document)
    {
        foreach (var property in document.Descendants().OfType<JProperty>())
        {
            if (SchemaValuedKeys.Contains(property.Name) && property.Value is JObject schema && !IsInData(property))
                yield return schema;
            else if (SchemaListKeys.Contains(property.Name) && property.Value is JArray list)
                foreach (var item in list.OfType<JObject>()) yield return item;
            else if (property.Name == "properties" && property.Value is JObject map && !IsInData(property))
                foreach (var entry in map.Properties())
                    if (entry.Value is JObject propertySchema) yield return propertySchema;
            else if (property.Parent?.Parent is JProperty { Name: "schemas" } && property.Value is JObject component)
                yield return component;
        }
    }

    static bool IsComponentRoot(JObject schema) =>
        schema.Parent is JProperty { Parent.Parent: JProperty { Name: "schemas", Parent.Parent: JProperty { Name: "components" } } };

    // Example values may contain keys like "items" or "properties"; they are data, not schemas.
    static bool IsInData(JProperty property) =>
        property.Ancestors().OfType<JProperty>().Any(a => a.Name is "example" or "examples" or "default" or "enum");
}
