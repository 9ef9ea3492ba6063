using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>The JSON report for tools: the inputs, the counts and every change with its rule, severity, location and detail.</summary>
public static class JsonReport
{
    /// <summary>Renders <paramref name="report"/>.</summary>
    public static string Render(DiffReport report)
    {
        var json = new JObject
        {
            ["old"] = report.OldOrigin,
            ["new"] = report.NewOrigin,
            ["summary"] = new JObject(Enum.GetValues<Severity>().Reverse().Select(s => new JProperty(s.Name(), report.Count(s)))),
            ["changes"] = new JArray(report.Changes.Select(c => new JObject
            {
                ["rule"] = c.Rule.Id,
                ["severity"] = c.Severity.Name(),
                ["operation"] = c.Location.Head,
                ["location"] = c.Location.ToString(),
                ["detail"] = c.Detail,
            })),
        };
        return json.ToString(Newtonsoft.Json.Formatting.Indented).Replace("\r\n", "\n") + "\n";
    }
}
