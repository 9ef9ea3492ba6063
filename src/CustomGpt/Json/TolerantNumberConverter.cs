using System.Globalization;
using Newtonsoft.Json;

namespace CustomGpt.Json;

/// <summary>Reads numbers (<c>double</c> members) from JSON numbers and from numeric strings (<c>"2.5"</c>).</summary>
internal sealed class TolerantNumberConverter : JsonConverter
{
    const string Expected = "number";

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == typeof(double) || objectType == typeof(double?);

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var nullable = objectType == typeof(double?);
        switch (reader.TokenType)
        {
            case JsonToken.Integer or JsonToken.Float when reader.Value is IConvertible number:
                return number.ToDouble(CultureInfo.InvariantCulture);
            case JsonToken.String when double.TryParse((string)reader.Value!, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                ReadValues.Departure(reader, Expected);
                return parsed;
            case JsonToken.String when nullable && string.IsNullOrWhiteSpace((string)reader.Value!):
                ReadValues.Departure(reader, Expected);
                return null;
            case JsonToken.Null or JsonToken.Undefined when nullable:
                return null;
        }
        throw ReadValues.Unreadable(reader, Expected);
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();
}
