using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Records, beside the facts they come from, what the client templates need and cannot reach in
/// NSwag's template model: <c>x-body-type</c> on each operation with a request body (the component
/// its content references: the request object the method takes, JSON or form alike), and
/// <c>x-area-descriptions</c> on the document (each tag's description: an area interface's summary).
/// Derived, never written by hand, so they cannot disagree with the document.
/// </summary>
public static class ClientHints
{
    /// <summary>The request object's type of an operation with a body.</summary>
    public const string BodyTypeExtension = "x-body-type";
    /// <summary>The tags' descriptions by tag name.</summary>
    public const string AreaDescriptionsExtension = "x-area-descriptions";

    /// <summary>Adds both extensions to <paramref name="document"/>.</summary>
    public static void Apply(JObject document)
    {
        foreach (var (label, operation) in Operations(document))
        {
            if (operation["requestBody"]?["content"] is not JObject content) continue;
            var names = content.Properties()
                .Select(media => ((string?)media.Value["schema"]?["$ref"])?.Split('/').Last())
                .Distinct()
                .ToList();
            if (names.Count != 1 || names[0] is null)
                throw new SpecImportException($"The request body of {label} must reference one named schema (the request object), in every media type.");
            operation[BodyTypeExtension] = names[0];
        }

        var areas = new JObject();
        foreach (var tag in document["tags"] as JArray ?? [])
            if ((string?)tag["name"] is { } name && (string?)tag["description"] is { } description)
                areas[name] = description;
        document[AreaDescriptionsExtension] = areas;
    }

    static IEnumerable<(string Label, JObject Operation)> Operations(JObject document)
    {
        foreach (var path in (document["paths"] as JObject)?.Properties() ?? [])
            foreach (var method in (path.Value as JObject)?.Properties() ?? [])
                if (method.Value is JObject operation && method.Name != "parameters")
                    yield return ($"{method.Name.ToUpperInvariant()} {path.Name}", operation);
    }
}
