using Newtonsoft.Json.Linq;

namespace CustomGpt.Benchmarks.Fixtures;

/// <summary>
/// Example JSON for a schema of our OpenAPI document, built from the examples the spec gives for
/// each property. Fixtures made this way carry every field the contract describes, so the
/// benchmarks read bodies of the real shape rather than a hand-picked subset.
/// </summary>
internal sealed class SpecExamples
{
    const int MaxDepth = 8;
    readonly JObject _schemas;

    SpecExamples(JObject schemas) => _schemas = schemas;

    /// <summary>Reads the spec copied beside the benchmark assembly.</summary>
    public static SpecExamples Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "customgpt.openapi.json");
        var spec = JObject.Parse(File.ReadAllText(path));
        return new SpecExamples((JObject)spec["components"]!["schemas"]!);
    }

    /// <summary>An example of the named component schema.</summary>
    public JObject Of(string schemaName) =>
        (JObject)Build(Named(schemaName), 0);

    JObject Named(string name) =>
        _schemas[name] as JObject ?? throw new InvalidOperationException($"The spec has no schema {name}.");

    JToken Build(JObject schema, int depth)
    {
        if (schema["$ref"] is JValue reference)
            return Build(Named(((string)reference!).Split('/')[^1]), depth);
        if (schema["example"] is { } example) return example.DeepClone();
        if (schema["allOf"] is JArray { Count: > 0 } allOf) return Build((JObject)allOf[0], depth);
        if (schema["enum"] is JArray { Count: > 0 } values) return values[0].DeepClone();
        if (depth > MaxDepth) return JValue.CreateNull();
        return (string?)schema["type"] switch
        {
            "object" => ObjectOf(schema, depth),
            "array" => new JArray(Build((JObject)schema["items"]!, depth + 1)),
            "integer" => new JValue(1),
            "number" => new JValue(1.5),
            "boolean" => new JValue(true),
            "string" when (string?)schema["format"] == "date-time" => new JValue("2024-05-01 12:30:00"),
            "string" => new JValue("text"),
            _ => JValue.CreateNull(),
        };
    }

    JObject ObjectOf(JObject schema, int depth)
    {
        var result = new JObject();
        if (schema["properties"] is JObject properties)
            foreach (var property in properties.Properties())
                result[property.Name] = Build((JObject)property.Value, depth + 1);
        return result;
    }
}
