using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace CustomGpt.Json;

/// <summary>
/// Writes enums as the API's strings, like <see cref="StringEnumConverter"/>, but reads a value the
/// SDK does not know (the API adds models and channels over time) as an unreadable value: the
/// member is left null, the issue reported, and the string the API sent kept in the model's
/// AdditionalProperties under the member's JSON name.
/// </summary>
internal sealed class TolerantEnumConverter : StringEnumConverter
{
    // The API names enum values; a number would read as a value the enum does not define.
    public TolerantEnumConverter() => AllowIntegerValues = false;

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType is JsonToken.String or JsonToken.Integer or JsonToken.Null)
        {
            try
            {
                return base.ReadJson(reader, objectType, existingValue, serializer);
            }
            catch (JsonSerializationException)
            {
                // Unknown name, or null for a non-nullable enum: fall through.
            }
        }
        throw ReadValues.Unreadable(reader, (Nullable.GetUnderlyingType(objectType) ?? objectType).Name);
    }
}
