using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace CustomGpt.Json;

/// <summary>
/// Writes enums as the API's strings, like <see cref="StringEnumConverter"/>, but reads a value the
/// SDK does not know (the API adds models and channels over time) as null instead of failing.
/// </summary>
internal sealed class TolerantEnumConverter : StringEnumConverter
{
    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        try
        {
            return base.ReadJson(reader, objectType, existingValue, serializer);
        }
        catch (JsonSerializationException) when (reader.TokenType is JsonToken.String or JsonToken.Integer)
        {
            var enumType = Nullable.GetUnderlyingType(objectType);
            return enumType is null ? Activator.CreateInstance(objectType) : null;
        }
    }
}
