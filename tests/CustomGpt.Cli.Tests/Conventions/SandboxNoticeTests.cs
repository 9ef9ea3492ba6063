using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Conventions;

/// <summary>
/// The sandbox never passes a recorded example off as the answer to what was asked: where the input
/// differs from the recording, it names the recorded values it shows.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class SandboxNoticeTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    [Theory]
    [InlineData("agents show 7", "agent 1042 (you gave 7)")]
    [InlineData("agents create --name \"Security guide\" --sitemap https://docs.example.com/sitemap.xml", "project_name \"Product handbook\" (you gave \"Security guide\")")]
    [InlineData("agents create --name Docs --sitemap https://example.org/map.xml", "project_name \"Product handbook\" (you gave \"Docs\"), sitemap_path \"https://docs.example.com/sitemap.xml\" (you gave \"https://example.org/map.xml\")")]
    [InlineData("agents list --name handbook", "name \"handbook\" not applied")]
    [InlineData("chat 1 \"What can you do?\"", "agent 1042 (you gave 1), prompt \"How do I reset my password?\" (you gave \"What can you do?\")")]
    public async Task Names_the_recorded_values_shown_instead_of_the_given_ones(string commandLine, string differences)
    {
        var result = await Succeeds(commandLine);
        var lines = result.Error.TrimEnd().Split(Environment.NewLine);
        Assert.StartsWith("Sandbox: no CUSTOMGPT_API_KEY is set, so the answers are recorded examples", lines[0]);
        Assert.Equal($"Sandbox: shown as recorded: {differences}.", lines[^1]);
    }

    [Theory]
    [InlineData("agents show 1042")]
    [InlineData("chat 1042 \"How do I reset my password?\"")]
    [InlineData("agents list --page 2")]
    public async Task Says_nothing_more_when_the_input_is_the_recorded_one(string commandLine)
    {
        var result = await Succeeds(commandLine);
        Assert.Single(result.Error.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public async Task A_base_url_variable_without_a_key_is_named_as_ignored()
    {
        var result = (await Cli.RunAsync(["limits"], new Dictionary<string, string> { ["CUSTOMGPT_BASE_URL"] = "https://api.example.com/" })).Succeeded();
        Assert.EndsWith("Set CUSTOMGPT_API_KEY to use the real API. CUSTOMGPT_BASE_URL is ignored until then." + Environment.NewLine, result.Error);
    }
}
