using CustomGpt.Cli.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Cli.Tests.Commands;

[Collection(SandboxCollection.Name)]
public sealed class AccountCommandTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    [Fact]
    public async Task User_show_names_the_account()
    {
        var result = await Succeeds("user show");
        Assert.Contains("Sam Rivera", result.Out);
        Assert.Contains("sam.rivera@example.com", result.Out);
    }

    [Fact]
    public async Task Limits_shows_used_against_allowed()
    {
        var result = await Succeeds("limits");
        Assert.Matches(@"Queries\s*│\s*1873\s*│\s*5000", result.Out);
    }

    [Fact]
    public async Task Limits_json_is_the_api_payload() =>
        Assert.Equal(5000, (int)JObject.Parse((await Succeeds("limits --json")).Out)["max_queries"]!);
}
