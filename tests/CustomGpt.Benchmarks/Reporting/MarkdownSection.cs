using System.Text;

namespace CustomGpt.Benchmarks.Reporting;

/// <summary>One section of the summary: a heading, what the figures mean, and a table.</summary>
internal static class MarkdownSection
{
    /// <param name="columns">Column titles; one ending in ':' is right-aligned (a figure), and shown without the ':'.</param>
    public static void Append(StringBuilder text, string heading, string explanation, string[] columns, IEnumerable<string[]> rows, string? conclusion = null)
    {
        text.AppendLine("## " + heading).AppendLine();
        text.AppendLine(explanation).AppendLine();
        text.AppendLine("| " + string.Join(" | ", columns.Select(column => column.TrimEnd(':'))) + " |");
        text.AppendLine("|" + string.Concat(columns.Select(column => column.EndsWith(':') ? "---:|" : "---|")));
        foreach (var row in rows) text.AppendLine("| " + string.Join(" | ", row) + " |");
        if (conclusion is not null) text.AppendLine().AppendLine(conclusion);
        text.AppendLine();
    }
}
