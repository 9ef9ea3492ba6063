using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// spec/overlays/names.json marks each success envelope with <c>x-envelope</c>, the name of the property that
/// carries the payload (<c>data</c>, or <c>license</c> for single licenses). This pass records the
/// payload's type as <c>x-payload-type</c> (a component name, <c>Name[]</c> for a list), derived
/// from the schema itself so that it can never disagree with it. The client templates read both to
/// generate methods that return the payload.
/// </summary>
public static class EnvelopePayloads
{
    /// <summary>The extension naming the payload property of an envelope.</summary>
    public const string EnvelopeExtension = "x-envelope";
    /// <summary>The extension this pass writes: the payload's component name, with [] for a list.</summary>
    public const string PayloadTypeExtension = "x-payload-type";

    /// <summary>Adds <c>x-payload-type</c> beside every <c>x-envelope</c> of the document's components.</summary>
    public static void Apply(JObject document)
    {
        if (document["components"]?["schemas"] is not JObject schemas) return;
        foreach (var component in schemas.Properties())
        {
            if (component.Value is not JObject schema || (string?)schema[EnvelopeExtension] is not { } payloadProperty) continue;
            if (schema["properties"]?["status"] == null)
                throw new SpecImportException($"Envelope {component.Name} has no status property.");
            var payload = schema["properties"]?[payloadProperty] as JObject
                ?? throw new SpecImportException($"Envelope {component.Name} has no property {payloadProperty}.");
            schema[PayloadTypeExtension] = TypeOf(payload, component.Name);
        }
    }

    static string TypeOf(JObject schema, string envelope)
    {
        if (ReferencedName(schema) is { } name) return name;
        if ((string?)schema["type"] == "array" && schema["items"] is JObject items && ReferencedName(items) is { } item) return item + "[]";
        throw new SpecImportException($"The payload of envelope {envelope} is neither a named schema nor a list of one.");
    }

    static string? ReferencedName(JObject schema)
    {
        var reference = (string?)schema["$ref"] ?? (string?)(schema["allOf"] as JArray)?.SingleOrDefault()?["$ref"];
        return reference?.Split('/').Last();
    }
}
