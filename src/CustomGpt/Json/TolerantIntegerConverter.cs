using System.Globalization;
using System.Numerics;
using Newtonsoft.Json;

namespace CustomGpt.Json;

/// <summary>
/// Reads integers from every shape that holds one without loss: <c>12</c>, <c>12.0</c>,
/// <c>"12"</c>, <c>"12061.0"</c> (PHP writes ids as floats or numeric strings depending on the
/// record). A fraction, text or an out-of-range number cannot be an integer: unreadable. Writes
/// plain JSON integers.
/// </summary>
internal sealed class TolerantIntegerConverter : JsonConverter
{
    const string Expected = "integer";

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) =>
        (Nullable.GetUnderlyingType(objectType) ?? objectType) is var type && (type == typeof(int) || type == typeof(long));

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        // What the API sends nearly always, answered before any type inspection.
        if (reader.TokenType == JsonToken.Integer && reader.Value is long plain && (objectType == typeof(int) || objectType == typeof(int?))
            && plain is >= int.MinValue and <= int.MaxValue)
            return (int)plain;
        var nullable = Nullable.GetUnderlyingType(objectType);
        var type = nullable ?? objectType;
        switch (reader.TokenType)
        {
            case JsonToken.Integer:
                if (reader.Value is long whole && (type == typeof(long) || whole is >= int.MinValue and <= int.MaxValue))
                    return type == typeof(long) ? (object)whole : (int)whole;
                break;
            case JsonToken.Float when Whole(reader.Value, type) is { } fromFloat:
                ReadValues.Departure(reader, Expected);
                return fromFloat;
            case JsonToken.String when (string)reader.Value! is var text:
                if (string.IsNullOrWhiteSpace(text) && nullable is not null)
                {
                    ReadValues.Departure(reader, Expected);
                    return null;
                }
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && Whole(parsed, type) is { } fromText)
                {
                    ReadValues.Departure(reader, Expected);
                    return fromText;
                }
                break;
            case JsonToken.Null or JsonToken.Undefined when nullable is not null:
                return null;
        }
        throw ReadValues.Unreadable(reader, Expected);
    }

    // The number as the member's type, when it is whole and fits; otherwise null.
    static object? Whole(object? number, Type type)
    {
        decimal value;
        try
        {
            // Stryker disable once Logical : converting NaN or an infinity to decimal throws OverflowException, caught below: null either way.
            value = number switch
            {
                double d when !double.IsNaN(d) && !double.IsInfinity(d) => (decimal)d,
                decimal m => m,
                BigInteger => decimal.MaxValue, // beyond any long
                _ => 0.5m,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
        if (value != decimal.Truncate(value)) return null;
        if (type == typeof(long)) return value is >= long.MinValue and <= long.MaxValue ? (long)value : null;
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : null;
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();
}
