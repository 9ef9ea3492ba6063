using Newtonsoft.Json;

namespace CustomGpt.Json;

/// <summary>
/// Reads the booleans the API sends depending on endpoint and record age: <c>true</c>/<c>false</c>,
/// <c>1</c>/<c>0</c>, <c>"1"</c>/<c>"0"</c>, <c>"true"</c>/<c>"false"</c> and <c>null</c>; other numbers
/// (<c>2</c>, <c>0.5</c>) and words are unreadable values. Writes plain JSON booleans.
/// </summary>
internal sealed class TolerantBooleanConverter : JsonConverter
{
    const string Expected = "boolean";

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == typeof(bool) || objectType == typeof(bool?);

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Boolean) return (bool)reader.Value!;
        if (reader.TokenType is JsonToken.Null or JsonToken.Undefined) return objectType == typeof(bool) ? false : null;
        // 0/1 is the API's looseness everywhere (SpecTool verify accepts it by rule, ApiLooseness), so strict reads accept it too.
        if (reader.TokenType == JsonToken.Integer && reader.Value is long bit && bit is 0 or 1) return bit == 1;
        bool? value = reader.TokenType switch
        {
            JsonToken.String => FromText((string)reader.Value!),
            _ => null,
        };
        if (value is null && !(reader.TokenType == JsonToken.String && IsEmpty((string)reader.Value!)))
            throw ReadValues.Unreadable(reader, Expected);
        // "true"/"1" in strings are how older records write booleans: read, but not the spec's shape.
        ReadValues.Departure(reader, Expected);
        return value ?? (objectType == typeof(bool) ? false : null);
    }

    static bool? FromText(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "on" => true,
        "false" or "0" or "no" or "off" => false,
        _ => null,
    };

    static bool IsEmpty(string text) => text.Trim() is "" or "null";

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();
}
