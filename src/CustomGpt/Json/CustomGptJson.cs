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
        settings.Converters.Add(new TolerantBooleanConverter());
        settings.Converters.Add(new TolerantDateTimeOffsetConverter());
        settings.Converters.Add(new TolerantEnumConverter());
        return settings;
    }
}
