using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Verify;

/// <summary>
/// One file of <c>spec/recordings</c>: <c>&lt;Area&gt;/&lt;operationId&gt;.&lt;case&gt;.json</c>, a WireMock.Net
/// static mapping or an array of them (a sequence, e.g. the pages of a list).
/// </summary>
public sealed class RecordingFile
{
    RecordingFile(string path, string name, string area, string operationId, string caseName, string json, IReadOnlyList<RecordedExchange> exchanges)
    {
        Path = path;
        Name = name;
        Area = area;
        OperationId = operationId;
        Case = caseName;
        Json = json;
        Exchanges = exchanges;
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>The file's name under the recordings folder without extension, e.g. <c>Agents/Agents_Get.success</c>.</summary>
    public string Name { get; }

    /// <summary>The folder the file sits in, e.g. <c>Agents</c>.</summary>
    public string Area { get; }

    /// <summary>The operation the file records, from its name, e.g. <c>Agents_Get</c>.</summary>
    public string OperationId { get; }

    /// <summary>The case, from the file name, e.g. <c>success</c> or <c>not-found</c>.</summary>
    public string Case { get; }

    /// <summary>The file's text, as WireMock.Net loads it.</summary>
    public string Json { get; }

    /// <summary>The exchanges (mappings) of the file, in order.</summary>
    public IReadOnlyList<RecordedExchange> Exchanges { get; }

    /// <summary>Whether the first exchange answers with a success status.</summary>
    public bool IsSuccess => Exchanges[0].Status is >= 200 and < 300;

    /// <summary>Every recording under <paramref name="folder"/>, ordered by name.</summary>
    /// <exception cref="RecordingException">A file is misnamed, misplaced or not a mapping.</exception>
    public static IReadOnlyList<RecordingFile> LoadAll(string folder)
    {
        if (!Directory.Exists(folder)) throw new RecordingException($"{folder}: no such folder.");
        return Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Select(path => Load(path, folder))
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads one recording; <paramref name="root"/> is the recordings folder its name is relative to.</summary>
    /// <exception cref="RecordingException">The file is misnamed, misplaced or not a mapping.</exception>
    public static RecordingFile Load(string path, string root)
    {
        var name = System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
        name = name[..^".json".Length];
        var segments = name.Split('/');
        var fileName = segments[^1];
        var dot = fileName.IndexOf('.');
        if (segments.Length != 2 || dot <= 0 || dot == fileName.Length - 1)
            throw new RecordingException($"{name}.json: expected <Area>/<operationId>.<case>.json.");
        var (area, operationId, caseName) = (segments[0], fileName[..dot], fileName[(dot + 1)..]);
        if (operationId.Split('_')[0] != area)
            throw new RecordingException($"{name}.json: {operationId} belongs in the folder {operationId.Split('_')[0]}/, not {area}/.");

        var json = File.ReadAllText(path);
        JToken document;
        try { document = Parse(json); }
        catch (JsonException e) { throw new RecordingException($"{name}.json is not JSON: {e.Message}"); }
        var mappings = document switch
        {
            JObject single => [single],
            JArray array when array.Count > 0 && array.All(m => m is JObject) => array.Cast<JObject>().ToList(),
            _ => throw new RecordingException($"{name}.json: expected a mapping object or a non-empty array of them."),
        };
        var exchanges = mappings.Select((mapping, index) => RecordedExchange.From(mapping, $"{name}.json", index)).ToList();
        return new RecordingFile(path, name, area, operationId, caseName, json, exchanges);
    }

    /// <summary>Parses JSON keeping every value as written: timestamps stay strings, numbers keep their form.</summary>
    public static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        var token = JToken.ReadFrom(reader);
        if (reader.Read() && reader.TokenType != JsonToken.Comment) throw new JsonReaderException("additional text after the JSON value.");
        return token;
    }
}
