namespace CustomGpt.SpecTool.Diff;

/// <summary>Compares the responses of one operation: status codes, then the content of each status on both sides.</summary>
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
                ContentComparer.Compare(oldResponse, newResponse, at, MediaTypeRules.Response, old.Document, @new.Document, changes);
            else
                changes.Add(new Change(IsSuccess(status) ? Rules.ResponseSuccessStatusRemoved : Rules.ResponseErrorStatusRemoved, at, $"status {status} removed"));
        }
        foreach (var status in newResponses.Keys.Where(s => !oldResponses.ContainsKey(s)))
            changes.Add(new Change(IsSuccess(status) ? Rules.ResponseSuccessStatusAdded : Rules.ResponseErrorStatusAdded,
                operation.Then($"response {status}"), $"status {status} added"));
    }

    // 2xx and 2XX; "default" covers the statuses not listed, which clients treat as errors.
    static bool IsSuccess(string status) => status.StartsWith('2');
}
