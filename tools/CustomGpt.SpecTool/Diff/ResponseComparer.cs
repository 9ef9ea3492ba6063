using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>Compares the responses of one operation: status codes, then the headers and content of each status on both sides.</summary>
public static class ResponseComparer
{
    /// <summary>Reports the response differences between <paramref name="old"/> and <paramref name="new"/>.</summary>
    public static void Compare(ApiOperation old, ApiOperation @new, Location operation, ICollection<Change> changes)
    {
        var oldResponses = old.Responses();
        var newResponses = @new.Responses();
        foreach (var (status, oldResponse) in oldResponses)
        {
            var at = operation.Then($"response {status}");
            if (newResponses.TryGetValue(status, out var newResponse))
            {
                at = at.Pointing(newResponse);
                CompareHeaders(oldResponse, newResponse, at, old.Document, @new.Document, changes);
                ContentComparer.Compare(oldResponse, newResponse, at, MediaTypeRules.Response, old.Document, @new.Document, changes);
            }
            else
                changes.Add(new Change(IsSuccess(status) ? Rules.ResponseSuccessStatusRemoved : Rules.ResponseErrorStatusRemoved, at, $"status {status} removed"));
        }
        foreach (var (status, newResponse) in newResponses.Where(r => !oldResponses.ContainsKey(r.Key)))
            changes.Add(new Change(IsSuccess(status) ? Rules.ResponseSuccessStatusAdded : Rules.ResponseErrorStatusAdded,
                operation.Then($"response {status}", newResponse), $"status {status} added"));
    }

    // Header names are case-insensitive; a header the client reads may not go, nor stop being promised.
    static void CompareHeaders(JObject oldResponse, JObject newResponse, Location at, ApiDocument oldDocument, ApiDocument newDocument, ICollection<Change> changes)
    {
        var oldHeaders = Headers(oldResponse, oldDocument);
        var newHeaders = Headers(newResponse, newDocument);
        foreach (var (name, oldHeader) in oldHeaders)
        {
            var where = at.Then($"header {name}");
            if (!newHeaders.TryGetValue(name, out var newHeader))
                changes.Add(new Change(IsRequired(oldHeader) ? Rules.ResponseHeaderRemoved : Rules.ResponseOptionalHeaderRemoved, where, "removed"));
            else if (IsRequired(oldHeader) && !IsRequired(newHeader))
                changes.Add(new Change(Rules.ResponseHeaderBecameOptional, where.Pointing(newHeader), "no longer required"));
        }
        foreach (var (name, newHeader) in newHeaders.Where(h => !oldHeaders.ContainsKey(h.Key)))
            changes.Add(new Change(Rules.ResponseHeaderAdded, at.Then($"header {name}", newHeader), "added"));
    }

    static Dictionary<string, JObject> Headers(JObject response, ApiDocument document) =>
        (response["headers"] as JObject)?.Properties()
            .Where(p => p.Value is JObject)
            .ToDictionary(p => p.Name, p => document.References.Resolve((JObject)p.Value), StringComparer.OrdinalIgnoreCase)
        ?? new Dictionary<string, JObject>(StringComparer.OrdinalIgnoreCase);

    static bool IsRequired(JObject header) => header["required"] is JValue { Type: JTokenType.Boolean } required && (bool)required;

    // 2xx and 2XX; "default" covers the statuses not listed, which clients treat as errors.
    static bool IsSuccess(string status) => status.StartsWith('2');
}
