using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Json;

/// <summary>What the converters share: naming what was found, and the two ways a value departs.</summary>
internal static class ReadValues
{
    /// <summary>
    /// A value that cannot be read as <paramref name="expectedType"/>. Consumes the whole value
    /// first (so the reader stands where a read value would have left it) and keeps it as found.
    /// </summary>
    public static UnreadableValueException Unreadable(JsonReader reader, string expectedType)
    {
        var path = reader.Path;
        var found = Describe(reader.TokenType, reader.Value);
        return Unreadable(path, expectedType, found, JToken.ReadFrom(reader));
    }

    /// <summary>A value already consumed (<paramref name="raw"/>) that cannot be read as <paramref name="expectedType"/>.</summary>
    public static UnreadableValueException Unreadable(string path, string expectedType, string found, JToken raw) =>
        new(path, expectedType, found, ReadSession.IsStrict) { Raw = raw };

    /// <summary>
    /// A value read without loss from a shape the spec does not declare (<c>12.0</c> for an
    /// integer, <c>[]</c> for an object): accepted, except in strict mode.
    /// </summary>
    public static void Departure(JsonReader reader, string expectedType)
    {
        if (ReadSession.IsStrict) Departure(reader.Path, expectedType, Describe(reader.TokenType, reader.Value));
    }

    /// <inheritdoc cref="Departure(JsonReader, string)"/>
    public static void Departure(string path, string expectedType, string found)
    {
        if (ReadSession.IsStrict) throw new UnreadableValueException(path, expectedType, found, strict: true);
    }

    /// <summary>The kind of a JSON value, never the value itself.</summary>
    public static string Describe(JsonToken token, object? value) => token switch
    {
        JsonToken.StartObject => "an object",
        JsonToken.StartArray => "an array",
        JsonToken.Integer => "an integer",
        JsonToken.Float => "a decimal number",
        JsonToken.String => value is string { Length: 0 } ? "an empty string" : "a string",
        JsonToken.Boolean => "a boolean",
        JsonToken.Null or JsonToken.Undefined => "null",
        _ => token.ToString(),
    };
}
