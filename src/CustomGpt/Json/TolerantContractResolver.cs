using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace CustomGpt.Json;

/// <summary>
/// Attaches the SDK's tolerant converters to the contracts of the types they handle, once per
/// type. Why not <see cref="JsonSerializerSettings.Converters"/>: Newtonsoft asks every converter
/// listed there whether it can convert, for every value it reads or writes (strings and numbers
/// included); on a 1 MB page that was a measurable share of the read. A contract's converter is
/// looked up once and cached with the contract. The outcome is the same: the first converter
/// that can convert a type handles it, and a <c>[JsonConverter]</c> on a type or a property
/// still wins.
/// </summary>
internal sealed class TolerantContractResolver : DefaultContractResolver
{
    /// <summary>Shared, so every client and stream reuses one cache of contracts.</summary>
    public static TolerantContractResolver Instance { get; } = new();

    readonly JsonConverter[] _converters =
    [
        new TolerantBooleanConverter(),
        new TolerantDateTimeOffsetConverter(),
        new TolerantEnumConverter(),
    ];

    /// <inheritdoc />
    protected override JsonContract CreateContract(Type objectType)
    {
        var contract = base.CreateContract(objectType);
        // A converter named on the type itself keeps precedence, as it had over the settings' list.
        contract.Converter ??= Array.Find(_converters, converter => converter.CanConvert(objectType));
        return contract;
    }
}
