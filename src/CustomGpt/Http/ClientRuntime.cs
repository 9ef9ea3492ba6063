using CustomGpt.Json;
using Newtonsoft.Json;

namespace CustomGpt.Http;

/// <summary>
/// What the 13 area clients of one <see cref="CustomGptClient"/> share: the resolved settings, the
/// one HTTP pipeline, and the JSON settings, with one serializer that reads every response (where a
/// serializer per response would copy the settings each time). Reading through one serializer from
/// many threads is safe: each call works on state of its own, and it is never reconfigured.
/// </summary>
internal sealed class ClientRuntime
{
    public ClientRuntime(ClientSettings settings, HttpMessageInvoker pipeline, ReadPolicy? readPolicy = null)
    {
        Settings = settings;
        Pipeline = pipeline;
        JsonSettings = CustomGptJson.CreateSettings(readPolicy);
        Reader = JsonSerializer.Create(JsonSettings);
    }

    public ClientSettings Settings { get; }

    /// <summary>The SDK's handlers (see <see cref="HttpPipeline"/>), invoked directly.</summary>
    public HttpMessageInvoker Pipeline { get; }

    /// <summary>Tolerant reads, strict writes (see <see cref="CustomGptJson"/>).</summary>
    public JsonSerializerSettings JsonSettings { get; }

    public JsonSerializer Reader { get; }
}
