using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;
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

    // Per enum type (and its nullable form): the API's names of its members, each with its value
    // boxed once. The exact name is what the API sends; anything else takes the base converter's way.
    static readonly ConcurrentDictionary<Type, Dictionary<string, object>> NamesByType = new();

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        // The base converter looks the type and the name up by reflection and a linear search on
        // every value; it also finds an exact name first, so this answers as it would.
        if (reader.TokenType == JsonToken.String && NamesOf(objectType).TryGetValue((string)reader.Value!, out var known)) return known;
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

    static Dictionary<string, object> NamesOf(Type objectType) => NamesByType.GetOrAdd(objectType, static type =>
    {
        var names = new Dictionary<string, object>(StringComparer.Ordinal);
        // Stryker disable once NullCoalescing,Bitwise : the table is a shortcut; a name it lacks goes to the base converter, which reads it to the same member (FreshConverterTests).
        foreach (var field in (Nullable.GetUnderlyingType(type) ?? type).GetFields(BindingFlags.Public | BindingFlags.Static))
            names[field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name] = field.GetValue(null)!;
        return names;
    });
}
