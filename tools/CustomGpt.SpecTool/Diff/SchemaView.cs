using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// The contract-relevant keywords of a schema as a client sees them: <c>$ref</c>s followed and the
/// members of <c>allOf</c> merged (our spec wraps references as <c>allOf: [$ref]</c> with the
/// use-site <c>nullable</c> beside them, so the wrapper and the type must read as one schema).
/// </summary>
public sealed class SchemaView
{
    SchemaView(JObject identity) => Identity = identity;

    /// <summary>The object the schema was read from after following references: the same component gives the same identity, which is how recursion is detected.</summary>
    public JObject Identity { get; }

    /// <summary>The declared type, or the one implied by <c>properties</c> (object) or <c>items</c> (array); null when unconstrained.</summary>
    public string? Type { get; private set; }

    /// <summary>The <c>format</c>, or null.</summary>
    public string? Format { get; private set; }

    /// <summary>Whether <c>nullable: true</c> applies.</summary>
    public bool Nullable { get; private set; }

    /// <summary>The allowed values, or null when the schema has no <c>enum</c>.</summary>
    public IReadOnlyList<JToken>? Enum { get; private set; }

    /// <summary>The properties in declaration order.</summary>
    public IReadOnlyDictionary<string, JObject> Properties => _properties;

    /// <summary>The names of the required properties.</summary>
    public IReadOnlySet<string> Required => _required;

    /// <summary>The schema of array items, or null.</summary>
    public JObject? Items { get; private set; }

    /// <summary>The schema of map values (<c>additionalProperties</c> as a schema), or null.</summary>
    public JObject? AdditionalProperties { get; private set; }

    /// <summary>The alternatives of <c>oneOf</c> or <c>anyOf</c>, in order (empty when neither is present).</summary>
    public IReadOnlyList<JObject> Alternatives { get; private set; } = [];

    readonly Dictionary<string, JObject> _properties = new(StringComparer.Ordinal);
    readonly HashSet<string> _required = new(StringComparer.Ordinal);

    /// <summary>Reads <paramref name="schema"/> with <paramref name="references"/> of its document.</summary>
    public static SchemaView Of(JObject schema, ReferenceResolver references) => Read(schema, references, []);

    static SchemaView Read(JObject schema, ReferenceResolver references, HashSet<JObject> composing)
    {
        var node = references.Resolve(schema);
        var view = new SchemaView(node);
        // allOf members first, so that the schema's own keywords (the use site) win.
        if (composing.Add(node))
        {
            foreach (var member in (node["allOf"] as JArray ?? []).OfType<JObject>())
                view.Merge(Read(member, references, composing));
            composing.Remove(node);
        }
        view.Type = (string?)(node["type"] as JValue) ?? view.Type;
        view.Format = (string?)(node["format"] as JValue) ?? view.Format;
        if (node["nullable"] is JValue { Type: JTokenType.Boolean } nullable) view.Nullable = (bool)nullable;
        if (node["enum"] is JArray values) view.Enum = [.. values];
        foreach (var property in (node["properties"] as JObject)?.Properties() ?? [])
            if (property.Value is JObject propertySchema) view._properties[property.Name] = propertySchema;
        view._required.UnionWith((node["required"] as JArray)?.Values<string>().OfType<string>() ?? []);
        if (node["items"] is JObject items) view.Items = items;
        if (node["additionalProperties"] is JObject map) view.AdditionalProperties = map;
        if ((node["oneOf"] ?? node["anyOf"]) is JArray alternatives) view.Alternatives = [.. alternatives.OfType<JObject>()];
        view.Type ??= view._properties.Count > 0 ? "object" : view.Items != null ? "array" : null;
        return view;
    }

    void Merge(SchemaView member)
    {
        Type ??= member.Type;
        Format ??= member.Format;
        Nullable |= member.Nullable;
        Enum ??= member.Enum;
        foreach (var (name, schema) in member._properties) _properties[name] = schema;
        _required.UnionWith(member._required);
        Items ??= member.Items;
        AdditionalProperties ??= member.AdditionalProperties;
        if (Alternatives.Count == 0) Alternatives = member.Alternatives;
    }
}
