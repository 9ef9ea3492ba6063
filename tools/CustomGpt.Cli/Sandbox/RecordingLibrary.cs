using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Cli.Sandbox;

/// <summary>
/// The recordings of spec/recordings, embedded in this assembly at build time (see the project
/// file), so the sandbox needs no repository on disk.
/// </summary>
internal static class RecordingLibrary
{
    const string Prefix = "recordings/";

    /// <summary>Every recorded exchange, in a stable order (by file name, then by position in the file).</summary>
    public static IReadOnlyList<RecordedExchange> Load()
    {
        var assembly = typeof(RecordingLibrary).Assembly;
        var exchanges = new List<RecordedExchange>();
        // MSBuild writes the folder separator of the machine that built it into the name.
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(name => name.Replace('\\', '/').StartsWith(Prefix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var recordingName = Path.GetFileNameWithoutExtension(resource.Replace('\\', '/'));
            var mappings = Read(assembly, resource);
            exchanges.AddRange(mappings.Select(mapping => new RecordedExchange(recordingName, mapping, mappings.Count)));
        }
        return exchanges;
    }

    static List<JObject> Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new JsonTextReader(new StreamReader(stream)) { DateParseHandling = DateParseHandling.None };
        // A recording is one mapping, or an array of them for an exchange of several requests.
        return JToken.Load(reader) switch
        {
            JArray array => array.OfType<JObject>().ToList(),
            JObject single => [single],
            _ => [],
        };
    }
}
