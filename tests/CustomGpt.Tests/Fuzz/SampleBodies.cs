using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.Fuzz;

/// <summary>A valid body for any schema of our spec, built from its examples (or plain values where it has none).</summary>
internal sealed class SampleBodies
{
    readonly JObject _schemas = (JObject)JObject.Parse(File.ReadAllText(RepoFiles.Spec))["components"]!["schemas"]!;

    public JToken For(string schemaName) => Build((JObject)_schemas[schemaName]!, depth: 0);

    JToken Build(JObject schema, int depth)
    {
        if (schema["$ref"] is { } reference) return Build((JObject)_schemas[((string)reference!).Split('/').Last()]!, depth);
        if (schema["allOf"] is JArray { Count: 1 } single) return Build((JObject)single[0], depth);
        if (schema["example"] is { } example && (string?)schema["type"] != "object") return example.DeepClone();
        if (schema["enum"] is JArray values) return values[0].DeepClone();
        return (string?)schema["type"] switch
        {
            "object" or null when schema["properties"] is JObject properties && depth < 6 =>
                new JObject(properties.Properties().Select(p => new JProperty(p.Name, Build((JObject)p.Value, depth + 1)))),
            "array" when depth < 6 => new JArray(Build((JObject)schema["items"]!, depth + 1), Build((JObject)schema["items"]!, depth + 1)),
            "integer" => 7,
            "number" => 2.5,
            "boolean" => true,
            "string" => (string?)schema["format"] == "date-time" ? "2024-01-02 03:04:05" : "text",
            _ => JValue.CreateNull(),
        };
    }
}
