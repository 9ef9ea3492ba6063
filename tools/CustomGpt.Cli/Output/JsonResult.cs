using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace CustomGpt.Cli.Output;

/// <summary>
/// The <c>--json</c> form of a result: the SDK's model as the API spells it (the models' JSON names,
/// <c>project_name</c>; enum values such as <c>"desc"</c>), unset fields left out, indented for reading.
/// </summary>
internal static class JsonResult
{
    static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        Formatting = Formatting.Indented,
        NullValueHandling = NullValueHandling.Ignore,
        Converters = { new StringEnumConverter() },
    });

    public static void Write(TextWriter writer, object? payload)
    {
        // Written straight to the stream: a console would wrap long lines and break the JSON.
        using (var json = new JsonTextWriter(writer) { CloseOutput = false })
            Serializer.Serialize(json, payload);
        writer.WriteLine();
        writer.Flush();
    }
}
