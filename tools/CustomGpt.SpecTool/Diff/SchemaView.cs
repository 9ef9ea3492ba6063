using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// The contract-relevant keywords of a schema as a client sees them, in one shape for OpenAPI 3.0
/// and 3.1: <c>$ref</c>s followed, the members of <c>allOf</c> merged (our spec wraps references
/// as <c>allOf: [$ref]</c> with the use-site <c>nullable</c> beside them, so the wrapper and the
/// type must read as one schema), 3.1 type arrays split into types and null, <c>const</c> read as
/// an enum of one.
/// </summary>
public sealed class SchemaView
{
    SchemaView(JObject identity) => Identity = identity;

    /// <summary>The object the schema was read from after following references: the same component gives the same identity, which is how recursion is detected.</summary>
    public JObject Identity { get; }

    /// <summary>The declared types other than null, joined by <c>|</c> in order (<c>integer|string</c>), or the one implied by <c>properties</c> (object) or <c>items</c> (array); null when unconstrained.</summary>
    public string? Type { get; private set; }

    /// <summary>The <c>format</c>, or null.</summary>
    public string? Format { get; private set; }

    /// <summary>Whether null is allowed: <c>nullable: true</c> (3.0) or <c>null</c> among the types (3.1).</summary>
    public bool Nullable { get; private set; }

    /// <summary>The allowed values (<c>enum</c>, or <c>const</c> as one value), or null when unrestricted.</summary>
    public IReadOnlyList<JToken>? Enum { get; private set; }

    /// <summary>The <c>default</c>, or null when none is given.</summary>
    public JToken? Default { get; private set; }

    /// <summary>The <c>pattern</c>, or null.</summary>
    public string? Pattern { get; private set; }

    /// <summary><c>minLength</c>, <c>maxLength</c>.</summary>
    public (Bound? Min, Bound? Max) Length { get; private set; }

    /// <summary><c>minimum</c>, <c>maximum</c>, with their exclusive forms of 3.0 (a flag) and 3.1 (a number).</summary>
    public (Bound? Min, Bound? Max) Range { get; private set; }

    /// <summary><c>minItems</c>, <c>maxItems</c>.</summary>
    public (Bound? Min, Bound? Max) ItemCount { get; private set; }

    /// <summary>The properties in declaration order.</summary>
    public IReadOnlyDictionary<string, JObject> Properties => _properties;

    /// <summary>The names of the required properties.</summary>
    public IReadOnlySet<string> Required => _required;

    /// <summary>The schema of array items, or null.</summary>
    public JObject? Items { get; private set; }

    /// <summary>The schema of map values (<c>additionalProperties</c> as a schema), or null.</summary>
    public JObject? AdditionalProperties { get; private set; }

    /// <summary><c>additionalProperties</c> as a flag: false, true, or null when absent or a schema.</summary>
    public bool? AdditionalPropertiesAllowed { get; private set; }

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
        view.ReadOwn(node);
        // 3.1 applies the keywords beside a $ref too ({"$ref": ..., "required": [...]}), over the target's.
        if (!ReferenceEquals(node, schema)) view.ReadOwn(schema);
        view.Type ??= view._properties.Count > 0 ? "object" : view.Items != null ? "array" : null;
        return view;
    }

    void ReadOwn(JObject node)
    {
        ReadTypes(node["type"]);
        Format = (string?)(node["format"] as JValue) ?? Format;
        if (node["nullable"] is JValue { Type: JTokenType.Boolean } nullable) Nullable = (bool)nullable;
        if (node["enum"] is JArray values) Enum = [.. values];
        else if (node.TryGetValue("const", out var constant)) Enum = [constant];
        if (node.TryGetValue("default", out var @default)) Default = @default;
        Pattern = (string?)(node["pattern"] as JValue) ?? Pattern;
        Length = (Bound.Read(node, "minLength") ?? Length.Min, Bound.Read(node, "maxLength") ?? Length.Max);
        Range = (Bound.Lower(node) ?? Range.Min, Bound.Upper(node) ?? Range.Max);
        ItemCount = (Bound.Read(node, "minItems") ?? ItemCount.Min, Bound.Read(node, "maxItems") ?? ItemCount.Max);
        foreach (var property in (node["properties"] as JObject)?.Properties() ?? [])
            if (property.Value is JObject propertySchema) _properties[property.Name] = propertySchema;
        _required.UnionWith((node["required"] as JArray)?.Values<string>().OfType<string>() ?? []);
        if (node["items"] is JObject items) Items = items;
        switch (node["additionalProperties"])
        {
            case JObject map: AdditionalProperties = map; AdditionalPropertiesAllowed = null; break;
            case JValue { Type: JTokenType.Boolean } allowed: AdditionalPropertiesAllowed = (bool)allowed; break;
        }
        if ((node["oneOf"] ?? node["anyOf"]) is JArray alternatives) Alternatives = [.. alternatives.OfType<JObject>()];
    }

    // 3.0: "type": "string". 3.1: "type": ["string", "null"]; null is nullability, the rest the type.
    void ReadTypes(JToken? type)
    {
        var names = type switch
        {
            JValue { Type: JTokenType.String } one => [(string)one!],
            JArray many => many.OfType<JValue>().Select(v => (string?)v).OfType<string>().ToList(),
            _ => null,
        };
        if (names == null) return;
        if (names.Contains("null")) Nullable = true;
        var types = names.Where(n => n != "null").Distinct().Order(StringComparer.Ordinal).ToList();
        if (types.Count > 0) Type = string.Join("|", types);
    }

    void Merge(SchemaView member)
    {
        Type ??= member.Type;
        Format ??= member.Format;
        Nullable |= member.Nullable;
        Enum ??= member.Enum;
        Default ??= member.Default;
        Pattern ??= member.Pattern;
        Length = (Length.Min ?? member.Length.Min, Length.Max ?? member.Length.Max);
        Range = (Range.Min ?? member.Range.Min, Range.Max ?? member.Range.Max);
        ItemCount = (ItemCount.Min ?? member.ItemCount.Min, ItemCount.Max ?? member.ItemCount.Max);
        foreach (var (name, schema) in member._properties) _properties[name] = schema;
        _required.UnionWith(member._required);
        Items ??= member.Items;
        AdditionalProperties ??= member.AdditionalProperties;
        AdditionalPropertiesAllowed ??= member.AdditionalPropertiesAllowed;
        if (Alternatives.Count == 0) Alternatives = member.Alternatives;
    }
}

/// <summary>One end of a range: the value and whether the value itself is excluded.</summary>
public sealed record Bound(decimal Value, bool Exclusive)
{
    /// <summary>The bound named <paramref name="keyword"/>, or null.</summary>
    public static Bound? Read(JObject node, string keyword) => Number(node[keyword]) is { } value ? new Bound(value, false) : null;

    /// <summary>The lower bound: 3.1's numeric <c>exclusiveMinimum</c>, or <c>minimum</c> with 3.0's flag.</summary>
    public static Bound? Lower(JObject node) => Numeric(node, "minimum", "exclusiveMinimum");

    /// <summary>The upper bound: 3.1's numeric <c>exclusiveMaximum</c>, or <c>maximum</c> with 3.0's flag.</summary>
    public static Bound? Upper(JObject node) => Numeric(node, "maximum", "exclusiveMaximum");

    static Bound? Numeric(JObject node, string inclusive, string exclusive)
    {
        if (Number(node[exclusive]) is { } strict) return new Bound(strict, true);
        return Number(node[inclusive]) is { } value
            ? new Bound(value, node[exclusive] is JValue { Type: JTokenType.Boolean } flag && (bool)flag)
            : null;
    }

    static decimal? Number(JToken? token) =>
        token is JValue { Type: JTokenType.Integer or JTokenType.Float } value ? System.Convert.ToDecimal(value.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <inheritdoc />
    public override string ToString() => Exclusive ? $"{Value} (exclusive)" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
