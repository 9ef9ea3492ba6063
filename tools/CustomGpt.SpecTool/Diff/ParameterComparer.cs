using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>Compares the parameters of one operation: presence, location, required, serialization and schema.</summary>
public static class ParameterComparer
{
    /// <summary>Reports the parameter differences between <paramref name="old"/> and <paramref name="new"/>.</summary>
    public static void Compare(ApiOperation old, ApiOperation @new, Location at, ICollection<Change> changes)
    {
        var oldParameters = old.Parameters();
        var newParameters = @new.Parameters();
        var schemas = new SchemaComparer(old.Document, @new.Document, Rules.Parameter, changes);

        foreach (var (key, oldParameter) in oldParameters)
        {
            if (newParameters.TryGetValue(key, out var newParameter))
            {
                CompareOne(oldParameter, newParameter, at.Then(Name(newParameter), newParameter), schemas, changes);
                continue;
            }
            var moved = newParameters.Values.FirstOrDefault(p =>
                string.Equals((string?)p["name"], key.Name, StringComparison.OrdinalIgnoreCase) && !oldParameters.ContainsKey(ApiOperation.ParameterKey(p)));
            if (moved == null)
            {
                changes.Add(IsRequired(oldParameter)
                    ? new Change(Rules.ParameterRemoved, at.Then(Name(oldParameter)), "removed (was required)")
                    : new Change(Rules.ParameterRemovedOptional, at.Then(Name(oldParameter)), "removed (was optional)"));
                continue;
            }
            changes.Add(new Change(Rules.ParameterLocationChanged, at.Then(Name(moved), moved), $"moved from {key.In} to {moved["in"]}"));
            CompareOne(oldParameter, moved, at.Then(Name(moved), moved), schemas, changes);
        }

        foreach (var (key, newParameter) in newParameters)
        {
            if (oldParameters.ContainsKey(key)) continue;
            if (oldParameters.Keys.Any(k => string.Equals(k.Name, key.Name, StringComparison.OrdinalIgnoreCase) && !newParameters.ContainsKey(k))) continue;
            var required = IsRequired(newParameter);
            changes.Add(new Change(required ? Rules.ParameterAddedRequired : Rules.ParameterAddedOptional, at.Then(Name(newParameter), newParameter),
                required ? "added, required" : "added, optional"));
        }
    }

    static void CompareOne(JObject old, JObject @new, Location at, SchemaComparer schemas, ICollection<Change> changes)
    {
        if (IsRequired(old) != IsRequired(@new))
            changes.Add(IsRequired(@new)
                ? new Change(Rules.ParameterBecameRequired, at, "now required")
                : new Change(Rules.ParameterBecameOptional, at, "no longer required"));
        // A moved parameter changes its default style too; the move is the change to report.
        var (oldStyle, newStyle) = (Style(old), Style(@new));
        if (oldStyle != newStyle && (string?)old["in"] == (string?)@new["in"])
            changes.Add(new Change(Rules.ParameterStyleChanged, at, $"serialized as {oldStyle} → {newStyle}"));
        if (Schema(old) is { } oldSchema && Schema(@new) is { } newSchema)
            schemas.Compare(oldSchema, newSchema, at);
    }

    static string Name(JObject parameter) => $"{parameter["in"]} parameter {parameter["name"]}";

    static bool IsRequired(JObject parameter) => (string?)parameter["in"] == "path" || parameter["required"]?.Type == JTokenType.Boolean && (bool)parameter["required"]!;

    // The defaults of OpenAPI 3.0: form for query and cookie, simple for path and header; explode only for form.
    static string Style(JObject parameter)
    {
        var style = (string?)parameter["style"] ?? ((string?)parameter["in"] is "query" or "cookie" ? "form" : "simple");
        var explode = parameter["explode"]?.Type == JTokenType.Boolean ? (bool)parameter["explode"]! : style == "form";
        return explode ? $"{style}, exploded" : style;
    }

    // A parameter has a schema, or a content map with one media type whose schema it uses.
    static JObject? Schema(JObject parameter) =>
        parameter["schema"] as JObject ?? (parameter["content"] as JObject)?.Properties().Select(p => p.Value["schema"]).OfType<JObject>().FirstOrDefault();
}
