using Newtonsoft.Json;

namespace CustomGpt.Json;

/// <summary>
/// The serializer settings of every generated client (named in nswag.json): tolerant in what it
/// reads (loose booleans, any timestamp format the API uses, unknown enum values, numbers in
/// strings, unknown fields kept in AdditionalProperties), exact in what it writes.
/// </summary>
public static class CustomGptJson
{
    /// <summary>Applies the SDK's settings to <paramref name="settings"/> and returns it.</summary>
    public static JsonSerializerSettings Configure(JsonSerializerSettings settings)
    {
        // Timestamps reach the converter as the strings the API sent, not as Newtonsoft's guess.
        settings.DateParseHandling = DateParseHandling.None;
        // The tolerant converters (booleans, timestamps, enums) come with the contracts rather than
        // in settings.Converters, which Newtonsoft would consult for every value: see the resolver.
        settings.ContractResolver = TolerantContractResolver.Instance;
        return settings;
    }
}
