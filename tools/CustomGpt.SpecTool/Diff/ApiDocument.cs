using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>An OpenAPI 3.0 or 3.1 document (JSON or YAML) read for comparison: its operations, a resolver for its <c>$ref</c>s, and the lines of its text.</summary>
public sealed class ApiDocument
{
    static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    readonly DocumentText _text;

    ApiDocument(DocumentText text, string origin)
    {
        _text = text;
        Origin = origin;
        References = new ReferenceResolver(text.Root, origin);
    }

    /// <summary>Where the document came from (a path, URL or git ref), for messages.</summary>
    public string Origin { get; }

    /// <summary>The parsed document.</summary>
    public JObject Root => _text.Root;

    /// <summary>Resolves this document's references.</summary>
    public ReferenceResolver References { get; }

    /// <summary>The 1-based line of the node at <paramref name="pointer"/> in the document's text, or null.</summary>
    public int? LineOf(string pointer) => _text.LineOf(pointer);

    /// <summary>Reads and checks a document from a file path or an http(s) URL.</summary>
    /// <exception cref="SpecDiffException">The source cannot be read, is neither JSON nor YAML, or is not OpenAPI 3.</exception>
    public static async Task<ApiDocument> LoadAsync(string pathOrUrl, CancellationToken cancellationToken = default) =>
        Parse(await DocumentSource.ReadAsync(pathOrUrl, cancellationToken), pathOrUrl);

    /// <summary>Parses and checks a document's text (JSON or YAML); <paramref name="origin"/> names it in messages.</summary>
    /// <exception cref="SpecDiffException">The text is neither JSON nor YAML, or not OpenAPI 3.</exception>
    public static ApiDocument Parse(string text, string origin)
    {
        var document = DocumentText.Parse(text, origin);
        var root = document.Root;
        // YAML reads an unquoted "openapi: 3.0" as a number; it still names the version.
        var version = root["openapi"] is JValue { Type: JTokenType.String or JTokenType.Float or JTokenType.Integer } v
            ? Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
        if (version == null || !version.StartsWith("3.", StringComparison.Ordinal))
            throw new SpecDiffException(
                $"{origin} is not an OpenAPI 3 document: its \"openapi\" field is {(version == null ? "missing" : $"\"{version}\"")}.");
        if (root["paths"] is { Type: not JTokenType.Null } paths && paths is not JObject)
            throw new SpecDiffException($"{origin}: \"paths\" is not an object.");
        return new ApiDocument(document, origin);
    }

    /// <summary>Every operation, keyed by method and path template with parameter names blanked (<c>GET /a/{}</c>), so a renamed path parameter still matches.</summary>
    public IReadOnlyDictionary<string, ApiOperation> Operations()
    {
        var operations = new Dictionary<string, ApiOperation>(StringComparer.Ordinal);
        if (Root["paths"] is not JObject paths) return operations;
        foreach (var path in paths.Properties())
        {
            if (path.Value is not JObject pathItem) continue;
            var resolved = References.Resolve(pathItem);
            foreach (var method in Methods)
            {
                if (resolved[method] is not JObject operation) continue;
                var operationObject = new ApiOperation(this, method.ToUpperInvariant(), path.Name, operation, resolved);
                operations[$"{operationObject.Method} {ApiOperation.PathShape(path.Name)}"] = operationObject;
            }
        }
        return operations;
    }
}
