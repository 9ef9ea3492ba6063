using CustomGpt.SpecTool.Diff;
using CustomGpt.SpecTool.Import;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Verify;

/// <summary>Our OpenAPI document as the recordings are checked against it: its operations by operationId.</summary>
public sealed class SpecContract
{
    SpecContract(ApiDocument document, IReadOnlyDictionary<string, SpecOperation> operations)
    {
        Document = document;
        Operations = operations;
        Schemas = new SchemaCompiler(document.Root);
    }

    /// <summary>The document.</summary>
    public ApiDocument Document { get; }

    /// <summary>Every operation, by operationId.</summary>
    public IReadOnlyDictionary<string, SpecOperation> Operations { get; }

    /// <summary>Compiles the document's schemas for validation.</summary>
    public SchemaCompiler Schemas { get; }

    /// <summary>Reads the document at <paramref name="path"/>.</summary>
    /// <exception cref="RecordingException">The file cannot be read or is not an OpenAPI 3 document.</exception>
    public static SpecContract Load(string path)
    {
        if (!File.Exists(path)) throw new RecordingException($"{path}: no such file.");
        try { return Parse(File.ReadAllText(path), path); }
        catch (SpecDiffException e) { throw new RecordingException(e.Message); }
    }

    /// <summary>Parses a document's text; <paramref name="origin"/> names it in messages.</summary>
    public static SpecContract Parse(string json, string origin)
    {
        var document = ApiDocument.Parse(json, origin);
        var operations = new Dictionary<string, SpecOperation>(StringComparer.Ordinal);
        foreach (var (method, path, operation) in OperationGuard.Operations(document.Root))
        {
            if ((string?)operation["operationId"] is not { } id) continue;
            var api = new ApiOperation(document, method.ToUpperInvariant(), path, operation, (JObject)operation.Parent!.Parent!);
            operations[id] = new SpecOperation(id, api);
        }
        return new SpecContract(document, operations);
    }
}

/// <summary>One operation of the spec.</summary>
public sealed class SpecOperation(string operationId, ApiOperation operation)
{
    /// <summary>The operationId, e.g. <c>Agents_Get</c>.</summary>
    public string OperationId { get; } = operationId;

    /// <summary>The HTTP method in upper case.</summary>
    public string Method => Api.Method;

    /// <summary>The path template, e.g. <c>/api/v1/projects/{projectId}</c>.</summary>
    public string PathTemplate => Api.Path;

    /// <summary>The operation as the diff reads it (parameters, request body, responses).</summary>
    public ApiOperation Api { get; } = operation;

    /// <summary>The response the spec declares for <paramref name="status"/> (or its <c>default</c>), with the key it is declared under.</summary>
    public (string Key, JObject Response)? ResponseFor(int status)
    {
        var responses = Api.Responses();
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (responses.TryGetValue(code, out var exact)) return (code, exact);
        var range = $"{code[0]}XX";
        if (responses.TryGetValue(range, out var ranged)) return (range, ranged);
        return responses.TryGetValue("default", out var fallback) ? ("default", fallback) : null;
    }

    /// <summary>The schema of the success response's JSON body, or null (e.g. a file download).</summary>
    public JObject? SuccessSchema() =>
        Api.Responses().Where(r => r.Key.StartsWith('2')).OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => r.Value["content"]?["application/json"]?["schema"] as JObject).FirstOrDefault(s => s != null);

    /// <summary>Whether <paramref name="path"/> (no query) is an instance of the path template.</summary>
    public bool MatchesPath(string path)
    {
        var template = PathTemplate.Trim('/').Split('/');
        var actual = path.Trim('/').Split('/');
        return template.Length == actual.Length && template.Zip(actual).All(pair =>
            pair.First.StartsWith('{') ? pair.Second.Length > 0 : string.Equals(pair.First, pair.Second, StringComparison.Ordinal));
    }
}
