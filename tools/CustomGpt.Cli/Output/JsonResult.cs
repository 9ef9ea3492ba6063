using CustomGpt.Json;
using Newtonsoft.Json;

namespace CustomGpt.Cli.Output;

/// <summary>
/// The <c>--json</c> form of a result: the SDK's model written with the SDK's own settings, so field
/// names and values are the API's (<c>project_name</c>, <c>"desc"</c>), indented for reading.
/// </summary>
internal static class JsonResult
{
    static readonly JsonSerializer Serializer = JsonSerializer.Create(CustomGptJson.Configure(new JsonSerializerSettings { Formatting = Formatting.Indented }));

    public static void Write(TextWriter writer, object? payload)
    {
        // Written straight to the stream: a console would wrap long lines and break the JSON.
        using (var json = new JsonTextWriter(writer) { CloseOutput = false })
            Serializer.Serialize(json, payload);
        writer.WriteLine();
        writer.Flush();
    }
}
