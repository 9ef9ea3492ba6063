using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Fails the import while anything a user reads about is undescribed: an operation (summary and
/// description), a parameter, a tag, a shared response, a component schema, one of its
/// properties or one of its enum members. Each is reported at the nearest place to add it: the docs entry of its type or
/// operation, else the overlay line that named it, else its line in the vendor document.
/// </summary>
/// <remarks>
/// A property that is a bare <c>$ref</c> (or a list of one) is described by the type it
/// references: a description of its own would need an allOf wrapper around the reference.
/// </remarks>
public static class DescriptionGuard
{
    /// <summary>Throws a <see cref="SpecImportException"/> listing every missing description.</summary>
    public static void Check(JObject document, DocsIndex docs, NameOrigins origins, string vendorOrigin)
    {
        var missing = new List<string>();
        void Require(JToken node, string key, string what, string section, SourceLocation? near)
        {
            if (string.IsNullOrWhiteSpace((string?)node[key]))
                missing.Add($"{near ?? SourceLocation.Of(vendorOrigin, node)}: {what} has no {key}; add it under {section}: in spec/docs.");
        }

        foreach (var tag in (document["tags"] as JArray ?? []).OfType<JObject>())
            Require(tag, "description", $"tag {tag["name"]}", "tag", origins.Tag((string?)tag["name"] ?? ""));

        foreach (var (_, _, operation) in OperationGuard.Operations(document))
        {
            var id = (string?)operation["operationId"] ?? "";
            var name = id.Replace('_', '.');
            var near = docs.Operation(name) ?? origins.Operation(id);
            Require(operation, "summary", name, "operations", near);
            Require(operation, "description", name, "operations", near);
            foreach (var parameter in (operation["parameters"] as JArray ?? []).OfType<JObject>())
                Require(parameter, "description", $"{name}.{parameter["name"]}", "operations", near);
        }

        foreach (var response in (document["components"]?["responses"] as JObject)?.Properties() ?? [])
            Require(response.Value, "description", $"shared response {response.Name}", "responses", null);

        foreach (var component in (document["components"]?["schemas"] as JObject)?.Properties() ?? [])
        {
            var near = docs.Type(component.Name) ?? origins.Type(component.Name);
            Require(component.Value, "description", $"type {component.Name}", "types", near);
            if (component.Value is JObject enumeration && enumeration["enum"] is JArray)
                foreach (var member in EnumDescriptions.Undescribed(enumeration))
                    missing.Add($"{near ?? SourceLocation.Of(vendorOrigin, component.Value)}: {component.Name}.{member} has no description; add it under types: in spec/docs.");
            foreach (var property in (component.Value["properties"] as JObject)?.Properties() ?? [])
                if (property.Value is JObject schema && !IsReference(schema))
                    Require(schema, "description", $"{component.Name}.{MemberNames.Of(property.Name)}", "types", near);
        }

        if (missing.Count > 0)
            throw new SpecImportException("Undescribed in spec/docs:\n  " + string.Join("\n  ", missing));
    }

    static bool IsReference(JObject schema) =>
        (schema.Count == 1 && schema["$ref"] != null) ||
        (schema.Count == 2 && (string?)schema["type"] == "array" && schema["items"] is JObject items && items.Count == 1 && items["$ref"] != null);
}
