using System.Globalization;
using Newtonsoft.Json;

namespace CustomGpt.Json;

/// <summary>
/// Reads strings, and numbers or booleans where a string is declared (their JSON text, without
/// loss). An object or array where a string is declared is unreadable rather than a parser error,
/// so it costs the member, not the answer.
/// </summary>
internal sealed class TolerantStringConverter : JsonConverter
{
    const string Expected = "string";

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == typeof(string);

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.String or JsonToken.Null or JsonToken.Undefined:
                return reader.Value;
            case JsonToken.Integer or JsonToken.Float or JsonToken.Boolean:
                ReadValues.Departure(reader, Expected);
                return reader.TokenType == JsonToken.Boolean
                    ? ((bool)reader.Value! ? "true" : "false")
                    : Convert.ToString(reader.Value, CultureInfo.InvariantCulture);
        }
        throw ReadValues.Unreadable(reader, Expected);
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();
}
