using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>One operation of a document, with path-level parameters merged in and references resolved.</summary>
public sealed partial class ApiOperation(ApiDocument document, string method, string path, JObject operation, JObject pathItem)
{
    /// <summary>The HTTP method in upper case.</summary>
    public string Method { get; } = method;

    /// <summary>The path template as the document writes it.</summary>
    public string Path { get; } = path;

    /// <summary>The document the operation belongs to.</summary>
    public ApiDocument Document { get; } = document;

    /// <summary>The operation object in the document.</summary>
    public JObject Node => operation;

    /// <summary>The <c>operationId</c>, or null.</summary>
    public string? OperationId => operation["operationId"] is JValue { Type: JTokenType.String } id ? (string)id! : null;

    /// <summary>How the operation is named in locations: <c>GET /api/v1/projects</c>.</summary>
    public string Name => $"{Method} {Path}";

    /// <summary>The path template with parameter names blanked: <c>/a/{id}</c> and <c>/a/{projectId}</c> are the same route.</summary>
    public static string PathShape(string path) => PathParameter().Replace(path, "{}");

    /// <summary>The parameters, keyed by location and name (header names are case-insensitive); operation-level ones override path-level ones.</summary>
    public IReadOnlyDictionary<(string In, string Name), JObject> Parameters()
    {
        var parameters = new Dictionary<(string, string), JObject>();
        foreach (var list in new[] { pathItem["parameters"], operation["parameters"] })
        foreach (var item in (list as JArray ?? []).OfType<JObject>())
        {
            var parameter = Document.References.Resolve(item);
            parameters[ParameterKey(parameter)] = parameter;
        }
        return parameters;
    }

    /// <summary>What identifies a parameter: its location and its name (lower-cased for headers, which are case-insensitive).</summary>
    public static (string In, string Name) ParameterKey(JObject parameter)
    {
        var location = (string?)parameter["in"] ?? "";
        var name = (string?)parameter["name"] ?? "";
        return (location, location == "header" ? name.ToLowerInvariant() : name);
    }

    /// <summary>The request body, or null.</summary>
    public JObject? RequestBody() => operation["requestBody"] is JObject body ? Document.References.Resolve(body) : null;

    /// <summary>The responses by status code (or <c>default</c>).</summary>
    public IReadOnlyDictionary<string, JObject> Responses() =>
        (operation["responses"] as JObject)?.Properties()
            .Where(p => p.Value is JObject)
            .ToDictionary(p => p.Name, p => Document.References.Resolve((JObject)p.Value), StringComparer.OrdinalIgnoreCase)
        ?? new Dictionary<string, JObject>();

    /// <summary>
    /// The security requirements in effect (the operation's, else the document's), one string per
    /// alternative: <c>BearerToken</c>, <c>ApiKey + Oauth[read]</c>; <c>anonymous</c> for an empty requirement or none at all.
    /// </summary>
    public IReadOnlySet<string> SecurityAlternatives()
    {
        var requirements = operation["security"] as JArray ?? Document.Root["security"] as JArray;
        if (requirements == null || requirements.Count == 0) return new HashSet<string> { "anonymous" };
        return requirements.OfType<JObject>()
            .Select(r => r.Count == 0
                ? "anonymous"
                : string.Join(" + ", r.Properties()
                    .Select(p => p.Value is JArray { Count: > 0 } scopes ? $"{p.Name}[{string.Join(", ", scopes.Values<string>().Order())}]" : p.Name)
                    .Order(StringComparer.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex PathParameter();
}
