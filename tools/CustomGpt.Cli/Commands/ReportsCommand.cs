using System.CommandLine;
using CustomGpt.Cli.Views;
using Spectre.Console.Rendering;

namespace CustomGpt.Cli.Commands;

/// <summary>
/// <c>customgpt reports traffic|queries|conversations|analysis</c>: how an agent is used. Each
/// report asks for every figure it offers.
/// </summary>
internal static class ReportsCommand
{
    public static Command Create(CommandRunner runner) => new("reports", "How an agent is used: traffic, queries, conversations, activity over time.")
    {
        Report(runner, "traffic", "Where the agent's requests come from.",
            (context, agentId) => context.Api.Reports.GetTrafficAsync(agentId, Enum.GetValues<TrafficReportFilter>(), context.CancellationToken),
            ReportViews.Traffic),
        Report(runner, "queries", "How many questions were asked, by outcome.",
            (context, agentId) => context.Api.Reports.GetQueriesAsync(agentId, Enum.GetValues<QueryReportFilter>(), context.CancellationToken),
            ReportViews.Queries),
        Report(runner, "conversations", "How many conversations, and how long they run.",
            (context, agentId) => context.Api.Reports.GetConversationsAsync(agentId, Enum.GetValues<ConversationReportFilter>(), context.CancellationToken),
            ReportViews.Conversations),
        Analysis(runner),
    };

    static Command Report<T>(CommandRunner runner, string name, string description, Func<CommandContext, int, Task<T>> call, Func<T, IRenderable> view)
    {
        var agentId = Ids.Agent();
        return runner.Shows(name, description, [agentId], context => call(context, context.Get(agentId)), view);
    }

    static Command Analysis(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var interval = ChoiceOption.Create<ReportInterval>("--interval", "Group by day or by week.");
        return runner.Shows("analysis", "Queries and conversations over time.", [agentId, interval],
            context => context.Api.Reports.GetAnalysisAsync(context.Get(agentId), Enum.GetValues<AnalysisReportFilter>(), new AnalysisReportOptions { Interval = context.Get(interval) }, context.CancellationToken),
            ReportViews.Analysis);
    }
}
