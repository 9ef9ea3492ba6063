using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Applies an OpenAPI Overlay 1.0 document: each action selects nodes with a JSONPath
/// <c>target</c> and either removes them or merges its <c>update</c> into them, in order.
/// </summary>
/// <remarks>
/// Stricter than the specification on purpose: an action whose target matches nothing fails the
/// import, because it means the vendor document moved under our decision (drift we must see), and
/// every action must say why it exists in its <c>description</c>.
/// </remarks>
public static class OverlayApplier
{
    /// <summary>Applies every action of <paramref name="overlay"/> to <paramref name="document"/> in place.</summary>
    public static void Apply(JObject document, JObject overlay)
    {
        if (overlay["overlay"]?.Type != JTokenType.String || !((string)overlay["overlay"]!).StartsWith("1.", StringComparison.Ordinal))
            throw new SpecImportException("The overlay must declare \"overlay\": \"1.0.0\".");
        if (overlay["actions"] is not JArray actions)
            throw new SpecImportException("The overlay has no \"actions\" array.");

        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i] as JObject ?? throw new SpecImportException($"Overlay action #{i} is not an object.");
            var target = (string?)action["target"] ?? throw new SpecImportException($"Overlay action #{i} has no target.");
            if (string.IsNullOrWhiteSpace((string?)action["description"]))
                throw new SpecImportException($"Overlay action #{i} ({target}) has no description saying why it exists.");

            List<JToken> nodes;
            try { nodes = document.SelectTokens(target).ToList(); }
            catch (Exception e) when (e is Newtonsoft.Json.JsonException or ArgumentException)
            {
                throw new SpecImportException($"Overlay action #{i}: the target {target} is not valid JSONPath: {e.Message}");
            }
            if (nodes.Count == 0)
                throw new SpecImportException($"Overlay action #{i}: the target {target} matches nothing in the vendor document.");

            if (action["remove"]?.Type == JTokenType.Boolean && (bool)action["remove"]!)
                foreach (var node in nodes) Remove(node);
            else if (action["update"] is { } update)
                foreach (var node in nodes) Merge(node, update, target);
            else
                throw new SpecImportException($"Overlay action #{i} ({target}) has neither update nor remove: true.");
        }
    }

    static void Remove(JToken node)
    {
        switch (node.Parent)
        {
            case JProperty property: property.Remove(); break;
            case JArray: node.Remove(); break;
            default: throw new SpecImportException($"Cannot remove the document root ({node.Path}).");
        }
    }

    /// <summary>Objects merge recursively, arrays receive the update appended, anything else is replaced.</summary>
    static void Merge(JToken target, JToken update, string actionTarget)
    {
        switch (target, update)
        {
            case (JObject targetObject, JObject updateObject):
                foreach (var property in updateObject.Properties())
                {
                    if (targetObject[property.Name] is { } existing && existing.Type != JTokenType.Null &&
                        (existing is JObject || existing is JArray))
                        Merge(existing, property.Value, actionTarget);
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
                    $"Overlay target {actionTarget} selects {target.Path} ({target.Type}), which cannot take an update of type {update.Type}.");
        }
    }
}
