using CustomGpt.Cli.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Cli.Tests.Commands;

[Collection(SandboxCollection.Name)]
public sealed class SettingsCommandTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    [Fact]
    public async Task Show_uses_the_apis_own_words_for_choices()
    {
        var result = await Succeeds("settings show 1042");
        Assert.Contains("gpt-4o-mini", result.Out);
        Assert.Contains("own_content", result.Out);
        Assert.Contains("How do I reset my password?, Which plans include SSO?", result.Out);
    }

    [Fact]
    public async Task Show_json_keeps_the_api_field_names()
    {
        var settings = JObject.Parse((await Succeeds("settings show 1042 --json")).Out);
        Assert.Equal("gpt-4o-mini", (string?)settings["chatbot_model"]);
    }

    [Fact]
    public async Task Update_confirms()
    {
        var result = await Succeeds("settings update 1042 --example-question \"What is it?\" --example-question \"How much?\" --model gpt-4o-mini");
        Assert.Equal("Updated the settings of agent 1042.", result.Out.Trim());
    }
}
