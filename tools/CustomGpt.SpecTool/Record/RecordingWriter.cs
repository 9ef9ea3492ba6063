using System.Globalization;
using CustomGpt.SpecTool.Verify;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Record;

/// <summary>
/// Writes recorded mappings in the layout of spec/recordings: <c>&lt;Area&gt;/&lt;operationId&gt;.recorded-&lt;status&gt;.json</c>,
/// the operation found in the spec by method and path; a name already taken gets <c>-2</c>, <c>-3</c>...
/// Credentials are redacted before anything is written; requests that are no operation of the spec are not written.
/// </summary>
public sealed class RecordingWriter(SpecContract spec, string outFolder, string origin)
{
    /// <summary>What was written and what was left out (with why).</summary>
    public sealed record Result(IReadOnlyList<string> Written, IReadOnlyList<string> Skipped);

    /// <summary>Writes <paramref name="recorded"/> (WireMock.Net's recorded mappings, in the order they were made).</summary>
    public Result Write(IReadOnlyList<JObject> recorded)
    {
        var redactor = new SecretRedactor();
        foreach (var mapping in recorded) redactor.LearnFrom(mapping);
        var written = new List<string>();
        var skipped = new List<string>();
        foreach (var mapping in recorded)
        {
            var method = (string?)mapping["Request"]?["Methods"]?[0] ?? "GET";
            var path = RecordedMapping.PathOf(mapping);
            var operation = spec.Operations.Values.FirstOrDefault(o => o.Method == method && o.MatchesPath(path));
            if (operation is null) { skipped.Add(redactor.Redact($"{method} {path}: no operation of the spec")); continue; }

            var status = (int?)mapping["Response"]?["StatusCode"] ?? 0;
            var (file, caseName) = FreeName(operation.OperationId, $"recorded-{status.ToString(CultureInfo.InvariantCulture)}");
            var description = $"Recorded from {origin} on {DateTime.UtcNow:yyyy-MM-dd}.";
            var rewritten = RecordedMapping.Rewrite(mapping, $"{operation.OperationId}.{caseName}", description, redactor);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, rewritten.ToString(Formatting.Indented) + "\n");
            written.Add(file);
        }
        return new Result(written, skipped);
    }

    (string File, string Case) FreeName(string operationId, string baseCase)
    {
        var folder = Path.Combine(outFolder, operationId.Split('_')[0]);
        for (var n = 1; ; n++)
        {
            var caseName = n == 1 ? baseCase : $"{baseCase}-{n}";
            var file = Path.Combine(folder, $"{operationId}.{caseName}.json");
            if (!File.Exists(file)) return (file, caseName);
        }
    }
}
