using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>Compares the request bodies of one operation: presence, required, then content.</summary>
public static class RequestBodyComparer
{
    /// <summary>Reports the request body differences between <paramref name="old"/> and <paramref name="new"/>.</summary>
    public static void Compare(ApiOperation old, ApiOperation @new, Location operation, ICollection<Change> changes)
    {
        var (oldBody, newBody) = (old.RequestBody(), @new.RequestBody());
        var at = operation.Then("request body", newBody);
        switch (oldBody, newBody)
        {
            case (null, null):
                return;
            case (null, _):
                changes.Add(IsRequired(newBody)
                    ? new Change(Rules.RequestBodyAddedRequired, at, "added, required")
                    : new Change(Rules.RequestBodyAddedOptional, at, "added, optional"));
                return;
            case (_, null):
                changes.Add(new Change(Rules.RequestBodyRemoved, at, "removed"));
                return;
        }
        if (IsRequired(oldBody) != IsRequired(newBody))
            changes.Add(IsRequired(newBody)
                ? new Change(Rules.RequestBodyBecameRequired, at, "now required")
                : new Change(Rules.RequestBodyBecameOptional, at, "no longer required"));
        ContentComparer.Compare(oldBody, newBody, at, MediaTypeRules.Request, old.Document, @new.Document, changes);
    }

    static bool IsRequired(JObject body) => body["required"]?.Type == JTokenType.Boolean && (bool)body["required"]!;
}
