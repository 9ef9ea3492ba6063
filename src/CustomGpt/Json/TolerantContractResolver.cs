using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace CustomGpt.Json;

/// <summary>
/// Attaches the SDK's tolerant converters to the contracts of the types they handle, once per
/// type: one per scalar kind (booleans, integers, numbers, strings, timestamps, enums), and one per
/// model and list type, which read the shapes PHP gives empty collections. Together they make every
/// value of an unexpected shape an <see cref="UnreadableValueException"/>, which
/// <see cref="ReadErrorHandler"/> then forgives or not. Why not
/// <see cref="JsonSerializerSettings.Converters"/>: Newtonsoft asks every converter listed there
/// whether it can convert, for every value it reads or writes; a contract's converter is looked up
/// once and cached with the contract. A <c>[JsonConverter]</c> on a type or a property still wins.
/// </summary>
internal sealed class TolerantContractResolver : DefaultContractResolver
{
    /// <summary>Shared, so every client and stream reuses one cache of contracts.</summary>
    public static TolerantContractResolver Instance { get; } = new();

    readonly JsonConverter[] _converters =
    [
        new TolerantBooleanConverter(),
        new TolerantIntegerConverter(),
        new TolerantNumberConverter(),
        new TolerantStringConverter(),
        new TolerantDateTimeOffsetConverter(),
        new TolerantEnumConverter(),
    ];

    /// <inheritdoc />
    protected override JsonContract CreateContract(Type objectType)
    {
        var contract = base.CreateContract(objectType);
        // A converter named on the type itself keeps precedence, as it had over the settings' list.
        contract.Converter ??= contract switch
        {
            JsonObjectContract model when TolerantObjectConverter.AppliesTo(model) => new TolerantObjectConverter(model, RequiredMembers.TakeOver(model)),
            JsonArrayContract list when TolerantListConverter.AppliesTo(list) => new TolerantListConverter(list),
            _ => Array.Find(_converters, converter => converter.CanConvert(objectType)),
        };
        return contract;
    }
}
