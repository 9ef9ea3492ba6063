using System.Globalization;
using Newtonsoft.Json;

namespace CustomGpt.Json;

/// <summary>
/// Reads the booleans the API sends depending on endpoint and record age: <c>true</c>/<c>false</c>,
/// <c>1</c>/<c>0</c>, <c>"1"</c>/<c>"0"</c>, <c>"true"</c>/<c>"false"</c> and <c>null</c>. Writes
/// plain JSON booleans.
/// </summary>
internal sealed class TolerantBooleanConverter : JsonConverter
{
    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == typeof(bool) || objectType == typeof(bool?);

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var value = reader.TokenType switch
        {
            JsonToken.Boolean => (bool?)(bool)reader.Value!,
            JsonToken.Integer => Convert.ToInt64(reader.Value, CultureInfo.InvariantCulture) != 0,
            JsonToken.Float => Convert.ToDouble(reader.Value, CultureInfo.InvariantCulture) != 0,
            JsonToken.String => FromText((string)reader.Value!, reader),
            JsonToken.Null or JsonToken.Undefined => null,
            _ => throw new JsonSerializationException($"Expected a boolean at {reader.Path}, found {reader.TokenType}."),
        };
        return value ?? (objectType == typeof(bool) ? false : null);
    }

    static bool? FromText(string text, JsonReader reader) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "on" => true,
        "false" or "0" or "no" or "off" => false,
        "" or "null" => null,
        _ => throw new JsonSerializationException($"Expected a boolean at {reader.Path}, found \"{text}\"."),
    };

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();
}
