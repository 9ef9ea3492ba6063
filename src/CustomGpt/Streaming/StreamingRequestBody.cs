using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Streaming;

/// <summary>The JSON of an OpenAI-format request with <c>"stream": true</c>, leaving the caller's object untouched.</summary>
internal static class StreamingRequestBody
{
    public static string Of(ChatCompletionRequest body, JsonSerializerSettings settings)
    {
        // Edit the serialized JSON, not the object: the caller may reuse or share it. Strings stay
        // as written (no date parsing on the way back in).
        using var reader = new JsonTextReader(new StringReader(JsonConvert.SerializeObject(body, settings))) { DateParseHandling = DateParseHandling.None };
        var json = JObject.Load(reader);
        json["stream"] = true;
        return json.ToString(Formatting.None);
    }
}
