using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Commands;

/// <summary>Options that pick an enum value take the API's own words and send them as such.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ChoiceOptionTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    [Theory]
    [InlineData("pages list 1042 --crawl-status failed --verbose", "crawl_status=failed")]
    [InlineData("pages list 1042 --index-status n/a --verbose", "index_status=n%2Fa")]
    [InlineData("agents list --order ASC --verbose", "order=asc")]
    [InlineData("agents list --order Desc --verbose", "order=desc")]
    public async Task The_api_word_goes_into_the_request(string commandLine, string query) =>
        Assert.Contains(query, (await Succeeds(commandLine)).Error);

    [Fact]
    public async Task An_unknown_word_lists_the_choices() =>
        Assert.Contains("error: --order takes one of asc, desc; not 'sideways'\n", (await Cli.RunAsync("agents list --order sideways")).Failed().Error);

    [Fact]
    public async Task Help_shows_the_choices() =>
        Assert.Contains("--model <gpt-4-o|gpt-4o-mini|claude-3-sonnet|claude-3.5-sonnet|gpt-o3-mini-low|gpt-o3-mini-medium|gpt-o3-mini-high>", (await Succeeds("settings update --help")).Out);
}
