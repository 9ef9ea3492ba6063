using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Every operation must carry the name the generator needs from spec/overlays/names.json: a unique
/// <c>Area_Verb</c> operationId (it names the client and the method).
/// </summary>
public static class OperationGuard
{
    static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    /// <summary>Throws a <see cref="SpecImportException"/> listing every operation that lacks them.</summary>
    public static void Check(JObject document)
    {
        var problems = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (method, path, operation) in Operations(document))
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            var id = (string?)operation["operationId"];
            if (id is null || !System.Text.RegularExpressions.Regex.IsMatch(id, "^[A-Z][A-Za-z]*_[A-Z][A-Za-z]*$"))
                problems.Add($"{where}: operationId \"{id}\" is not Area_Verb");
            else if (!seen.TryAdd(id, where))
                problems.Add($"{where}: operationId {id} is used by {seen[id]} too");
        }
        if (problems.Count > 0)
            throw new SpecImportException("Operations spec/overlays/names.json must name:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>Every operation of the document with its method and path.</summary>
    public static IEnumerable<(string Method, string Path, JObject Operation)> Operations(JObject document)
    {
        if (document["paths"] is not JObject paths) yield break;
        foreach (var path in paths.Properties())
        foreach (var method in Methods)
            if (path.Value[method] is JObject operation)
                yield return (method, path.Name, operation);
    }
}
