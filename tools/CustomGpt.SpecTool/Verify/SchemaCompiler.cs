using System.Collections.Concurrent;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace CustomGpt.SpecTool.Verify;

/// <summary>
/// Turns schemas of the OpenAPI document into NJsonSchema schemas. An OpenAPI 3.0 schema is JSON
/// Schema with two differences that matter here: references point into <c>#/components/schemas</c>
/// (rewritten to <c>#/definitions</c>, which is where a standalone schema keeps them), and
/// <c>nullable</c> (honoured by validating in NJsonSchema's OpenApi3 mode).
/// </summary>
public sealed class SchemaCompiler(JObject document)
{
    const string ComponentPrefix = "#/components/schemas/";
    readonly ConcurrentDictionary<string, JsonSchema> _compiled = new(StringComparer.Ordinal);
    readonly Lazy<JObject> _definitions = new(() => Rewrite(document["components"]?["schemas"] as JObject ?? []));

    /// <summary>The schema <paramref name="schema"/> (a node of the document) as a validator.</summary>
    public JsonSchema Compile(JObject schema)
    {
        var key = schema.ToString(Formatting.None);
        return _compiled.GetOrAdd(key, _ =>
        {
            var standalone = Rewrite(schema);
            standalone["definitions"] = _definitions.Value.DeepClone();
            return JsonSchema.FromJsonAsync(standalone.ToString(Formatting.None)).GetAwaiter().GetResult();
        });
    }

    /// <summary>The component schema named <paramref name="name"/>, or null when the document has none by that name.</summary>
    public JsonSchema? Component(string name) =>
        document["components"]?["schemas"]?[name] is JObject ? Compile(new JObject { ["$ref"] = ComponentPrefix + name }) : null;

    static JObject Rewrite(JObject schema)
    {
        var copy = (JObject)schema.DeepClone();
        foreach (var reference in copy.Descendants().OfType<JProperty>().Where(p => p.Name == "$ref").ToList())
            if (reference.Value is JValue { Type: JTokenType.String } value && ((string)value!).StartsWith(ComponentPrefix, StringComparison.Ordinal))
                reference.Value = "#/definitions/" + ((string)value!)[ComponentPrefix.Length..];
        return copy;
    }
}
