using CustomGpt.SpecTool.Import;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>An OpenAPI 3 document read for comparison: its operations and a resolver for its <c>$ref</c>s.</summary>
public sealed class ApiDocument
{
    ApiDocument(JObject root, string origin)
    {
        Root = root;
        Origin = origin;
        References = new ReferenceResolver(root, origin);
    }

    /// <summary>Where the document came from (a path or URL), for messages.</summary>
    public string Origin { get; }

    /// <summary>The parsed document.</summary>
    public JObject Root { get; }

    /// <summary>Resolves this document's references.</summary>
    public ReferenceResolver References { get; }

    /// <summary>Reads and checks a document from a file path or an http(s) URL.</summary>
    /// <exception cref="SpecDiffException">The source cannot be read, is not JSON, or is not OpenAPI 3.</exception>
    public static async Task<ApiDocument> LoadAsync(string pathOrUrl, CancellationToken cancellationToken = default)
    {
        string text;
        try { text = await SpecImporter.ReadSourceAsync(pathOrUrl, cancellationToken); }
        catch (Exception e) when (e is SpecImportException or IOException or UnauthorizedAccessException or HttpRequestException or TaskCanceledException)
        {
            throw new SpecDiffException($"cannot read {pathOrUrl}: {e.Message}");
        }
        return Parse(text, pathOrUrl);
    }

    /// <summary>Parses and checks a document's text; <paramref name="origin"/> names it in messages.</summary>
    /// <exception cref="SpecDiffException">The text is not JSON or not OpenAPI 3.</exception>
    public static ApiDocument Parse(string json, string origin)
    {
        JObject root;
        try { root = CanonicalJson.Parse(json, origin); }
        catch (SpecImportException e) { throw new SpecDiffException(e.Message); }

        var version = root["openapi"] is JValue { Type: JTokenType.String } v ? (string)v! : null;
        if (version == null || !version.StartsWith("3.", StringComparison.Ordinal))
            throw new SpecDiffException(
                $"{origin} is not an OpenAPI 3 document: its \"openapi\" field is {(version == null ? "missing" : $"\"{version}\"")}.");
        if (root["paths"] is { } paths && paths is not JObject)
            throw new SpecDiffException($"{origin}: \"paths\" is not an object.");
        return new ApiDocument(root, origin);
    }

    /// <summary>Every operation, keyed by method and path template with parameter names blanked (<c>GET /a/{}</c>), so a renamed path parameter still matches.</summary>
    public IReadOnlyDictionary<string, ApiOperation> Operations()
    {
        var operations = new Dictionary<string, ApiOperation>(StringComparer.Ordinal);
        foreach (var (method, path, operation) in OperationGuard.Operations(Root))
        {
            var operationObject = new ApiOperation(this, method.ToUpperInvariant(), path, operation, (JObject)operation.Parent!.Parent!);
            operations[$"{operationObject.Method} {ApiOperation.PathShape(path)}"] = operationObject;
        }
        return operations;
    }
}
