using System.Globalization;
using Newtonsoft.Json;

namespace CustomGpt.Json;

/// <summary>
/// Reads the timestamps the API sends, which differ even within one object: ISO 8601 with or
/// without fraction and zone (<c>2023-06-24T21:21:46.000000Z</c>), <c>2023-06-24 21:40:24</c>, Unix
/// seconds, and other common forms. A timestamp without a zone is taken as UTC. An empty or
/// unreadable timestamp becomes null rather than failing the whole response.
/// </summary>
internal sealed class TolerantDateTimeOffsetConverter : JsonConverter
{
    static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == typeof(DateTimeOffset) || objectType == typeof(DateTimeOffset?);

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        DateTimeOffset? value = reader.TokenType switch
        {
            JsonToken.String => Parse((string)reader.Value!),
            JsonToken.Date => reader.Value is DateTimeOffset offset ? offset : new DateTimeOffset(DateTime.SpecifyKind((DateTime)reader.Value!, DateTimeKind.Utc)),
            JsonToken.Integer => DateTimeOffset.FromUnixTimeSeconds(Convert.ToInt64(reader.Value, CultureInfo.InvariantCulture)),
            JsonToken.Null or JsonToken.Undefined => null,
            _ => throw new JsonSerializationException($"Expected a timestamp at {reader.Path}, found {reader.TokenType}."),
        };
        if (value is null && objectType == typeof(DateTimeOffset))
            throw new JsonSerializationException($"Expected a timestamp at {reader.Path}, found an empty or unreadable value.");
        return value;
    }

    /// <summary>Parses one timestamp text; null when it is empty or in no known format.</summary>
    public static DateTimeOffset? Parse(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return null;
        if (CommonTimestamps.TryParse(text, out var common)) return common;
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, styles, out var exact)) return exact;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var loose)) return loose;
        return null;
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();
}
