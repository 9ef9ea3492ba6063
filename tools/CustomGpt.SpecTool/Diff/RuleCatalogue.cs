using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>The catalogue of rules as <c>diff --rules</c> prints it, in each report format (docs/DRIFT-RULES.md embeds the Markdown one).</summary>
public static class RuleCatalogue
{
    /// <summary>The catalogue in <paramref name="format"/> (text, json, markdown; sarif gives json).</summary>
    public static string Render(string format) => format switch
    {
        "markdown" => Markdown(),
        "json" or "sarif" => Json(),
        _ => Text(),
    };

    static string Text() => string.Concat(Rules.All.Select(rule =>
        $"{rule.Id,-44} {rule.Severity.Name(),-8} surface:{rule.Surface.Name(),-9} oasdiff:{rule.Oasdiff?.Replace(" ", "") ?? "-"}  {rule.Meaning}\n"));

    static string Markdown() =>
        "| rule | wire | surface | oasdiff check | meaning |\n|---|---|---|---|---|\n" +
        string.Concat(Rules.All.Select(rule =>
            $"| `{rule.Id}` | {rule.Severity.Name()} | {(rule.Surface == Surface.None ? "" : rule.Surface.Name())} | " +
            $"{(rule.Oasdiff == null ? "—" : string.Join(", ", rule.Oasdiff.Split(", ").Select(id => $"`{id}`")))} | {rule.Meaning} |\n"));

    static string Json() => new JArray(Rules.All.Select(rule => new JObject
    {
        ["id"] = rule.Id,
        ["severity"] = rule.Severity.Name(),
        ["surface"] = rule.Surface.Name(),
        ["oasdiff"] = rule.Oasdiff == null ? new JArray() : new JArray(rule.Oasdiff.Split(", ")),
        ["meaning"] = rule.Meaning,
    })).ToString(Newtonsoft.Json.Formatting.Indented).Replace("\r\n", "\n") + "\n";
}
