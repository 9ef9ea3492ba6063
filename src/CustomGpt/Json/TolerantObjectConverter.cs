using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace CustomGpt.Json;

/// <summary>
/// Reads the SDK's models as Newtonsoft would (an object is populated by the model's own contract,
/// required members, extension data and all), and also from <c>[]</c>: PHP encodes an empty
/// associative array, which the API sends for an empty object (settings, stats, metadata), as a
/// JSON array. A model with required members cannot be empty: for it <c>[]</c> is an unreadable value.
/// The required members the contract hands over (<paramref name="required"/>) are checked here, after the object is read.
/// </summary>
internal sealed class TolerantObjectConverter(JsonObjectContract contract, RequiredMembers? required = null) : JsonConverter
{
    readonly string _expected = "object " + contract.UnderlyingType.Name;
    // Members this converter checks must all appear (RequiredMembers takes only Always and AllowNull).
    readonly bool _hasRequired = required is not null || contract.Properties.Any(p => p.Required is Required.Always or Required.AllowNull);

    /// <summary>The model's required members when this converter checks them; null when Newtonsoft does.</summary>
    public RequiredMembers? RequiredChecked { get; } = required;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == contract.UnderlyingType;

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.StartObject:
                var model = contract.DefaultCreator!();
                // Populate goes straight to the object contract, so it does not come back here.
                if (RequiredChecked is null)
                {
                    serializer.Populate(reader, model);
                    return model;
                }
                var outer = RequiredMembers.Begin();
                ulong named;
                try
                {
                    serializer.Populate(reader, model);
                }
                finally
                {
                    named = RequiredMembers.End(outer);
                }
                RequiredChecked.Check(model, named, reader);
                return model;
            case JsonToken.StartArray:
                var path = reader.Path;
                var array = (JArray)JToken.ReadFrom(reader);
                // [] stands for an empty object; one with required members cannot be empty, so it is no such object.
                if (array.Count > 0 || _hasRequired) throw ReadValues.Unreadable(path, _expected, array.Count > 0 ? "an array" : "an empty array", array);
                ReadValues.Departure(path, _expected, "an empty array");
                return contract.DefaultCreator!();
            case JsonToken.Null or JsonToken.Undefined:
                return null;
        }
        throw ReadValues.Unreadable(reader, _expected);
    }

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();

    /// <summary>Whether the SDK's object converter applies: its own models, created without arguments.</summary>
    public static bool AppliesTo(JsonObjectContract contract) =>
        contract.UnderlyingType.Assembly == typeof(TolerantObjectConverter).Assembly && contract.DefaultCreator is not null && !contract.DefaultCreatorNonPublic
        && contract.CreatorParameters.Count == 0 && contract.OverrideCreator is null;
}
