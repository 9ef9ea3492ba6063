using Newtonsoft.Json;

namespace CustomGpt.Json;

/// <summary>
/// The serializer settings of every client: tolerant in what it reads (loose booleans, any
/// timestamp format the API uses, unknown enum values, numbers in strings, unknown fields kept in
/// AdditionalProperties), exact in what it writes (only the fields a caller set).
/// </summary>
internal static class CustomGptJson
{
    public static JsonSerializerSettings CreateSettings() => new()
    {
        // Timestamps reach the converter as the strings the API sent, not as Newtonsoft's guess.
        DateParseHandling = DateParseHandling.None,
        // Unset (null) members are not written: a request says only what the caller set.
        NullValueHandling = NullValueHandling.Ignore,
        // The tolerant converters (booleans, timestamps, enums) come with the contracts rather than
        // in Converters, which Newtonsoft would consult for every value: see the resolver.
        ContractResolver = TolerantContractResolver.Instance,
    };
}
