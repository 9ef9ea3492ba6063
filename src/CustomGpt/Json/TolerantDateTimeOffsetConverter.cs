using System.Globalization;
using Newtonsoft.Json;

namespace CustomGpt.Json;

/// <summary>
/// Reads the timestamps the API sends, which differ even within one object: ISO 8601 with or
/// without fraction and zone (<c>2023-06-24T21:21:46.000000Z</c>), <c>2023-06-24 21:40:24</c>, Unix
/// seconds, and other common forms. A timestamp without a zone is taken as UTC. An empty one is
/// null; an unreadable one is an unreadable value (see <see cref="ReadErrorHandler"/>).
/// </summary>
internal sealed class TolerantDateTimeOffsetConverter : JsonConverter
{
    const string Expected = "timestamp";

    // Stryker disable once String : DateTimeOffset.TryParse below reads each of these forms to the same value (checked with each format left out).
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
        var nullable = objectType == typeof(DateTimeOffset?);
        switch (reader.TokenType)
        {
            case JsonToken.String when Parse((string)reader.Value!) is { } parsed:
                return parsed;
            case JsonToken.String when nullable && string.IsNullOrWhiteSpace((string)reader.Value!):
                // Some records write a missing timestamp as "": nothing is lost.
                ReadValues.Departure(reader, Expected);
                return null;
            case JsonToken.Date:
                return reader.Value is DateTimeOffset offset ? offset : new DateTimeOffset(DateTime.SpecifyKind((DateTime)reader.Value!, DateTimeKind.Utc));
            case JsonToken.Integer when reader.Value is long seconds && seconds is >= -62135596800 and <= 253402300799:
                ReadValues.Departure(reader, Expected);
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
            case JsonToken.Null or JsonToken.Undefined when nullable:
                return null;
        }
        throw ReadValues.Unreadable(reader, Expected);
    }

    /// <summary>Parses one timestamp text; null when it is empty or in no known format.</summary>
    public static DateTimeOffset? Parse(string text)
    {
        // Stryker disable once all : AllowWhiteSpaces below takes the same white space (Unicode spaces included).
        text = text.Trim();
        // Stryker disable once Statement : a shortcut; no parser below reads an empty text.
        if (text.Length == 0) return null;
        // Stryker disable once Statement : the fast path; the parsers below read the same forms to the same values (CommonTimestampTests).
        if (CommonTimestamps.TryParse(text, out var common)) return common;
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        // Stryker disable once Statement : DateTimeOffset.TryParse below reads every form of Formats to the same value.
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, styles, out var exact)) return exact;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var loose)) return loose;
        return null;
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();
}
