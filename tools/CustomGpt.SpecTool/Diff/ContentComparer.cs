using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// Compares the <c>content</c> maps of a request body or a response: media types, then the schema
/// of each media type present on both sides. When the one media type is replaced by another
/// (JSON → multipart), that is one change, and the two schemas are still compared, because the
/// fields usually carry over.
/// </summary>
public static class ContentComparer
{
    const string Json = "application/json";

    /// <summary>Reports the differences between two bodies' <c>content</c> at <paramref name="at"/> (<c>request body</c>, <c>response 200</c>).</summary>
    public static void Compare(JObject? oldBody, JObject? newBody, Location at, MediaTypeRules rules, ApiDocument oldDocument, ApiDocument newDocument, ICollection<Change> changes)
    {
        var oldContent = Content(oldBody);
        var newContent = Content(newBody);
        var removed = oldContent.Keys.Except(newContent.Keys).ToList();
        var added = newContent.Keys.Except(oldContent.Keys).ToList();
        var pairs = oldContent.Keys.Intersect(newContent.Keys).Select(m => (Old: m, New: m)).ToList();

        if (removed.Count == 1 && added.Count == 1)
        {
            changes.Add(new Change(rules.Changed, at, $"media type {removed[0]} → {added[0]}"));
            pairs.Add((removed[0], added[0]));
        }
        else
        {
            foreach (var mediaType in removed) changes.Add(new Change(rules.Removed, at, $"media type {mediaType} removed"));
            foreach (var mediaType in added) changes.Add(new Change(rules.Added, at, $"media type {mediaType} added"));
        }

        var comparer = new SchemaComparer(oldDocument, newDocument, rules.Schema, changes);
        foreach (var (oldType, newType) in pairs)
            if (oldContent[oldType]["schema"] is JObject oldSchema && newContent[newType]["schema"] is JObject newSchema)
                comparer.Compare(oldSchema, newSchema, newType == Json ? at : at.Then(newType));
    }

    static Dictionary<string, JObject> Content(JObject? body) =>
        (body?["content"] as JObject)?.Properties()
            .Where(p => p.Value is JObject)
            .ToDictionary(p => p.Name.ToLowerInvariant(), p => (JObject)p.Value, StringComparer.Ordinal)
        ?? [];
}
