using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>The JSON report for tools: the inputs, the counts on both axes and every change with its rule, severity, surface, location and detail.</summary>
public static class JsonReport
{
    /// <summary>Renders <paramref name="report"/>.</summary>
    public static string Render(DiffReport report)
    {
        var json = new JObject
        {
            ["old"] = report.OldOrigin,
            ["new"] = report.NewOrigin,
            ["summary"] = new JObject(Enum.GetValues<Severity>().Reverse().Select(s => new JProperty(s.Name(), report.Count(s))))
            {
                ["surface"] = new JObject { ["breaking"] = report.Count(Surface.Breaking), ["additive"] = report.Count(Surface.Additive) },
            },
            ["changes"] = new JArray(report.Changes.Select(c => new JObject
            {
                ["rule"] = c.Rule.Id,
                ["severity"] = c.Severity.Name(),
                ["surface"] = c.Surface.Name(),
                ["operation"] = c.Location.Head,
                ["location"] = c.Location.ToString(),
                ["pointer"] = c.Location.Pointer,
                ["line"] = report.LineOf(c),
                ["detail"] = c.Detail,
            })),
        };
        return json.ToString(Newtonsoft.Json.Formatting.Indented).Replace("\r\n", "\n") + "\n";
    }
}
