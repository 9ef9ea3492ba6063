using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Commands;

[Collection(SandboxCollection.Name)]
public sealed class ReportsCommandTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    [Fact]
    public async Task Traffic_counts_requests_by_source()
    {
        var result = await Succeeds("reports traffic 1042");
        Assert.Contains("web", result.Out);
        Assert.Contains("1204", result.Out);
    }

    [Fact]
    public async Task Queries_counts_by_outcome_with_the_total()
    {
        var result = await Succeeds("reports queries 1042");
        Assert.Contains("success", result.Out);
        Assert.Contains("1790", result.Out);
        Assert.Contains("1873 queries in all", result.Out);
    }

    [Fact]
    public async Task Conversations_shows_total_and_average()
    {
        var result = await Succeeds("reports conversations 1042");
        Assert.Contains("412", result.Out);
        Assert.Contains("2.7", result.Out);
    }

    [Fact]
    public async Task Analysis_has_a_row_per_interval_and_a_column_per_series()
    {
        var result = await Succeeds("reports analysis 1042 --interval daily");
        Assert.Contains("Conversations", result.Out);
        Assert.Matches(@"2024-03-10\s*│\s*14\s*│\s*6", result.Out);
        Assert.Matches(@"2024-03-11\s*│\s*9\s*│\s*4", result.Out);
    }
}
