using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Gives schemas their designed names. spec/overlays/names.json marks a schema with <c>x-schema-name</c>:
/// a component is renamed (every <c>$ref</c> follows), an inline schema is moved into
/// <c>components/schemas</c> and replaced by a <c>$ref</c>. Inline schemas that share a name
/// must be the same schema (descriptions and examples aside), so one type serves them all.
/// </summary>
/// <remarks>
/// What describes the use rather than the type (description, nullable, default, readOnly) stays
/// at the use site, beside the reference in a single-entry <c>allOf</c> (OpenAPI 3.0 ignores
/// siblings of a bare <c>$ref</c>). Descriptions come later, from spec/docs, keyed by these names.
/// </remarks>
public static class SchemaNamer
{
    /// <summary>The vendor extension spec/overlays/names.json sets on a schema to name it.</summary>
    public const string NameExtension = "x-schema-name";
    static readonly string[] UseSiteKeywords = ["description", "nullable", "default", "readOnly", "writeOnly"];
    const string SchemaRefPrefix = "#/components/schemas/";

    /// <summary>Names every marked schema of <paramref name="document"/> in place.</summary>
    public static void Apply(JObject document)
    {
        var schemas = document["components"]?["schemas"] as JObject
            ?? throw new SpecImportException("The document has no components/schemas.");

        RenameComponents(document, schemas);

        // Deepest first, so that a parent is compared with its children already replaced by $refs.
        var marked = document.Descendants().OfType<JObject>().Where(o => o[NameExtension] != null).Reverse().ToList();
        foreach (var schema in marked) HoistInline(schema, schemas);
    }

    static void RenameComponents(JObject document, JObject schemas)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var component in schemas.Properties().ToList())
        {
            if (component.Value is not JObject schema || TakeName(schema) is not { } name) continue;
            if (name == component.Name) continue;
            if (schemas[name] != null)
                throw new SpecImportException($"Cannot rename schema {component.Name} to {name}: {name} exists already.");
            component.Replace(new JProperty(name, schema));
            renames[SchemaRefPrefix + component.Name] = SchemaRefPrefix + name;
        }
        foreach (var reference in document.Descendants().OfType<JProperty>().Where(p => p.Name == "$ref").ToList())
            if (renames.TryGetValue((string)reference.Value!, out var renamed)) reference.Value = renamed;
    }

    static void HoistInline(JObject schema, JObject schemas)
    {
        var name = TakeName(schema)!;
        if (!IsTypeName(name))
            throw new SpecImportException($"{NameExtension} \"{name}\" at {schema.Path} is not a PascalCase type name.");

        var type = (JObject)schema.DeepClone();
        var useSite = new JObject();
        foreach (var keyword in UseSiteKeywords)
            if (type.Property(keyword) is { } property) { property.Remove(); useSite.Add(property); }

        if (schemas[name] is JObject existing)
        {
            if (!JToken.DeepEquals(Shape(existing), Shape(type)))
                throw new SpecImportException(
                    $"Two different schemas are named {name}: components/schemas/{name} and {schema.Path}. " +
                    "Name them apart or make them equal in spec/overlays.\n" +
                    $"  first: {Shape(existing).ToString(Newtonsoft.Json.Formatting.None)}\n  then:  {Shape(type).ToString(Newtonsoft.Json.Formatting.None)}");
        }
        else
        {
            schemas[name] = type;
        }

        var reference = new JObject { ["$ref"] = SchemaRefPrefix + name };
        if (useSite.Count == 0 || IsMediaTypeSchema(schema)) schema.Replace(reference);
        else schema.Replace(new JObject(useSite.Properties()) { ["allOf"] = new JArray(reference) });
    }

    // A request or response body: the use site is the body itself, nothing to keep beside the type.
    static bool IsMediaTypeSchema(JObject schema) =>
        schema.Parent is JProperty { Name: "schema", Parent.Parent: JProperty { Parent.Parent: JProperty { Name: "content" } } };

    static string? TakeName(JObject schema)
    {
        var name = (string?)schema[NameExtension];
        schema.Remove(NameExtension);
        return name;
    }

    static bool IsTypeName(string name) =>
        name.Length > 0 && char.IsAsciiLetterUpper(name[0]) && name.All(char.IsAsciiLetterOrDigit);

    // What makes two schemas the same type: everything but the prose and the examples.
    static JToken Shape(JObject schema)
    {
        var copy = (JObject)schema.DeepClone();
        foreach (var p in copy.DescendantsAndSelf().OfType<JObject>().SelectMany(o => o.Properties())
                     .Where(p => p.Name is "description" or "example" && p.Parent?.Parent is not JProperty { Name: "properties" })
                     .ToList())
            p.Remove();
        return copy;
    }
}
