using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.Verify;

/// <summary>A temporary recordings folder, written one mapping at a time.</summary>
internal sealed class RecordingsFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("customgpt-verify-").FullName;

    /// <summary>Writes <c>&lt;Area&gt;/&lt;operationId&gt;.&lt;case&gt;.json</c> answering <paramref name="status"/> with <paramref name="body"/>.</summary>
    public string Add(string operationId, string caseName, int status, string body, string contentType = "application/json", JObject? contract = null)
    {
        var response = new JObject { ["StatusCode"] = status, ["Headers"] = new JObject { ["Content-Type"] = contentType } };
        if (contentType == "application/json") response["BodyAsJson"] = JToken.Parse(body);
        else response["Body"] = body;
        var mapping = new JObject { ["Request"] = new JObject { ["Methods"] = new JArray("GET"), ["Path"] = "/x" }, ["Response"] = response };
        if (contract is not null) mapping["Data"] = new JObject { ["contract"] = contract };
        var folder = System.IO.Path.Combine(Path, operationId.Split('_')[0]);
        Directory.CreateDirectory(folder);
        var file = System.IO.Path.Combine(folder, $"{operationId}.{caseName}.json");
        File.WriteAllText(file, mapping.ToString());
        return file;
    }

    public static JObject Deviation(string pointer, string reason = "known") =>
        new() { ["deviations"] = new JArray(new JObject { ["pointer"] = pointer, ["reason"] = reason }) };

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
