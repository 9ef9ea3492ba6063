using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// The SARIF 2.1.0 report for code-scanning UIs: the rules in the tool's driver, one result per
/// change with its level from the wire severity, and the new document's line where the change is.
/// </summary>
public static class SarifReport
{
    const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Renders <paramref name="report"/>; <paramref name="newDocumentUri"/> is how the new document is named in locations (a path relative to the repository, for code scanning).</summary>
    public static string Render(DiffReport report, string? newDocumentUri = null)
    {
        var uri = (newDocumentUri ?? report.NewOrigin).Replace('\\', '/');
        var ruleIndex = Rules.All.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var sarif = new JObject
        {
            ["$schema"] = Schema,
            ["version"] = "2.1.0",
            ["runs"] = new JArray(new JObject
            {
                ["tool"] = new JObject
                {
                    ["driver"] = new JObject
                    {
                        ["name"] = "customgpt-spec",
                        ["version"] = typeof(SarifReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
                        ["rules"] = new JArray(Rules.All.Select(Describe)),
                    },
                },
                ["results"] = new JArray(report.Changes.Select(c => Result(c, report, uri, ruleIndex[c.Rule.Id]))),
            }),
        };
        return sarif.ToString(Newtonsoft.Json.Formatting.Indented).Replace("\r\n", "\n") + "\n";
    }

    static JObject Describe(DiffRule rule)
    {
        var properties = new JObject { ["severity"] = rule.Severity.Name(), ["surface"] = rule.Surface.Name() };
        if (rule.Oasdiff != null) properties["oasdiff"] = rule.Oasdiff;
        return new JObject
        {
            ["id"] = rule.Id,
            ["shortDescription"] = new JObject { ["text"] = rule.Meaning },
            ["defaultConfiguration"] = new JObject { ["level"] = Level(rule.Severity) },
            ["properties"] = properties,
        };
    }

    static JObject Result(Change change, DiffReport report, string uri, int ruleIndex)
    {
        var physical = new JObject { ["artifactLocation"] = new JObject { ["uri"] = uri } };
        if (report.LineOf(change) is { } line) physical["region"] = new JObject { ["startLine"] = line };
        var location = new JObject { ["physicalLocation"] = physical };
        if (change.Location.Pointer is { } pointer)
            location["logicalLocations"] = new JArray(new JObject { ["fullyQualifiedName"] = pointer.Length == 0 ? "/" : pointer, ["kind"] = "element" });
        return new JObject
        {
            ["ruleId"] = change.Rule.Id,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(change.Severity),
            ["message"] = new JObject { ["text"] = $"{change.Location}: {change.Detail}" },
            ["locations"] = new JArray(location),
            ["properties"] = new JObject { ["severity"] = change.Severity.Name(), ["surface"] = change.Surface.Name() },
        };
    }

    static string Level(Severity severity) => severity switch
    {
        Severity.Breaking => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
