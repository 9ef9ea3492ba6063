using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>What an overlay file holds, which decides what its actions must carry.</summary>
public enum OverlayKind
{
    /// <summary>Corrections of the vendor's contract: every action says why, from the live API.</summary>
    Corrections,
    /// <summary>Our names (operationIds, tags, schema and enum names): a reason is optional.</summary>
    Names,
}

/// <summary>
/// Applies an OpenAPI Overlay 1.0 document: each action selects nodes with a JSONPath
/// <c>target</c> and either removes them or merges its <c>update</c> into them, in order.
/// </summary>
/// <remarks>
/// Stricter than the specification on purpose, and every failure names the file and line of the
/// action: a target that matches nothing fails (the vendor document moved under our decision,
/// drift we must see); a correction must say why in its <c>description</c>; and no action may
/// write prose (description, summary), which belongs in spec/docs.
/// </remarks>
public static class OverlayApplier
{
    static readonly HashSet<string> ProseKeys = ["description", "summary", "x-schema-description"];
    static readonly HashSet<string> DataKeys = ["example", "examples", "default", "enum"];

    /// <summary>Applies every action of <paramref name="overlay"/> (read from <paramref name="origin"/>) to <paramref name="document"/> in place.</summary>
    public static void Apply(JObject document, JObject overlay, string origin, OverlayKind kind, NameOrigins names)
    {
        if (overlay["overlay"]?.Type != JTokenType.String || !((string)overlay["overlay"]!).StartsWith("1.", StringComparison.Ordinal))
            throw new SpecImportException($"{origin}: the overlay must declare \"overlay\": \"1.0.0\".");
        if (overlay["actions"] is not JArray actions)
            throw new SpecImportException($"{origin}: the overlay has no \"actions\" array.");

        foreach (var item in actions)
        {
            var where = SourceLocation.Of(origin, item);
            var action = item as JObject ?? throw new SpecImportException($"{where}: an action must be an object.");
            var target = (string?)action["target"] ?? throw new SpecImportException($"{where}: the action has no target.");
            if (kind == OverlayKind.Corrections && string.IsNullOrWhiteSpace((string?)action["description"]))
                throw new SpecImportException($"{where}: the correction of {target} has no description saying what the live API does.");

            List<JToken> nodes;
            try { nodes = document.SelectTokens(target).ToList(); }
            catch (Exception e) when (e is Newtonsoft.Json.JsonException or ArgumentException)
            {
                throw new SpecImportException($"{where}: the target {target} is not valid JSONPath: {e.Message}");
            }
            if (nodes.Count == 0)
                throw new SpecImportException($"{where}: the target {target} matches nothing in the vendor document.");

            if (action["remove"]?.Type == JTokenType.Boolean && (bool)action["remove"]!)
                foreach (var node in nodes) Remove(node, where);
            else if (action["update"] is { } update)
            {
                if (Prose(update) is { } prose)
                    throw new SpecImportException(
                        $"{SourceLocation.Of(origin, prose)}: {prose.Name} is prose; descriptions belong in spec/docs, keyed by our names.");
                names.Record(target, update, where);
                foreach (var node in nodes) Merge(node, update, where);
            }
            else
                throw new SpecImportException($"{where}: the action on {target} has neither update nor remove: true.");
        }
    }

    // A description or summary written as text, outside example data (a schema property named
    // "description" is an object, so it is not mistaken for one).
    static JProperty? Prose(JToken update) =>
        NameOrigins.Properties(update).FirstOrDefault(p => ProseKeys.Contains(p.Name) && p.Value.Type == JTokenType.String &&
                                 !p.Ancestors().OfType<JProperty>().Any(a => DataKeys.Contains(a.Name)));

    static void Remove(JToken node, SourceLocation where)
    {
        switch (node.Parent)
        {
            case JProperty property: property.Remove(); break;
            case JArray: node.Remove(); break;
            default: throw new SpecImportException($"{where}: cannot remove the document root ({node.Path}).");
        }
    }

    /// <summary>Objects merge recursively, arrays receive the update appended, anything else is replaced.</summary>
    static void Merge(JToken target, JToken update, SourceLocation where)
    {
        switch (target, update)
        {
            case (JObject targetObject, JObject updateObject):
                foreach (var property in updateObject.Properties())
                {
                    if (targetObject[property.Name] is { } existing && existing.Type != JTokenType.Null &&
                        (existing is JObject || existing is JArray))
                        Merge(existing, property.Value, where);
                    else
                        targetObject[property.Name] = property.Value.DeepClone();
                }
                break;
            case (JArray targetArray, JArray updateArray):
                foreach (var item in updateArray) targetArray.Add(item.DeepClone());
                break;
            case (JArray targetArray, _):
                targetArray.Add(update.DeepClone());
                break;
            default:
                throw new SpecImportException(
                    $"{where}: the target selects {target.Path} ({target.Type}), which cannot take an update of type {update.Type}.");
        }
    }
}
