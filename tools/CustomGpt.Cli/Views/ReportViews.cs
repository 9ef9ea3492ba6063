using CustomGpt.Cli.Output;
using Spectre.Console;

namespace CustomGpt.Cli.Views;

/// <summary>An agent's usage reports, for people.</summary>
internal static class ReportViews
{
    public static Table Traffic(TrafficReport report) =>
        Tables.Rows(report.Sources ?? [], [new("Source", s => s.RequestSource), new("Requests", s => s.RequestSourceNumber)]);

    public static Table Queries(QueryReport report) =>
        Tables.Rows(report.QueryStatus ?? [], [new("Status", s => s.Status), new("Queries", s => s.Count)], $"{DisplayText.Of(report.Total)} queries in all");

    public static Table Conversations(ConversationReport report) => Tables.Fields(
        ("Conversations", report.Total),
        ("Queries per conversation", report.AverageQueriesPerConversation));

    /// <summary>One row per interval, one column per series the report holds.</summary>
    public static Table Analysis(AnalysisReport report)
    {
        var series = new (string Name, IList<AnalysisPoint>? Points)[]
        {
            ("Queries", report.Queries),
            ("Conversations", report.Conversations),
            ("Queries per conversation", report.QueriesPerConversation),
        }.Where(s => s.Points is { Count: > 0 }).ToList();
        var intervals = series.SelectMany(s => s.Points!).Select(p => p.CreatedAtInterval ?? "").Distinct().Order(StringComparer.Ordinal).ToList();
        var columns = new List<Column<string>> { new("Interval", interval => interval) };
        columns.AddRange(series.Select(s => new Column<string>(s.Name, interval => s.Points!.FirstOrDefault(p => p.CreatedAtInterval == interval)?.QueriesNumber)));
        return Tables.Rows(intervals, columns);
    }
}
