using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Errors;

/// <summary>The API key appears in nothing the CLI prints, however it fails and however verbose.</summary>
[Collection(SandboxCollection.Name)]
public sealed class KeyNeverPrintedTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    const string Key = "987|SecretKeyThatMustNeverBePrinted";

    [Theory]
    [InlineData("agents", "list", "--verbose")]
    [InlineData("agents", "show", "1042", "--verbose")]
    [InlineData("chat", "1042", "Hello?", "--verbose")]
    [InlineData("limits", "--verbose", "--json")]
    public async Task Not_in_output_or_errors(params string[] args)
    {
        // The recordings want the fake key: this one is refused, so every path ends in an error.
        using var api = new RecordedApi("Agents_List.unauthenticated", "Agents_Get.success", "Conversations_Create.success", "Limits_GetUsage.invalid-key");
        var result = await Cli.RunAsync(args, api.Environment(Key));
        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain("SecretKey", result.Out + result.Error);
        Assert.DoesNotContain("987|", result.Out + result.Error);
    }

    [Fact]
    public async Task Not_in_a_successful_verbose_run()
    {
        using var api = new RecordedApi("Limits_GetUsage.success");
        var environment = api.Environment();
        var result = (await Cli.RunAsync(["limits", "--verbose"], environment)).Succeeded();
        Assert.DoesNotContain(environment["CUSTOMGPT_API_KEY"], result.Out + result.Error);
        Assert.DoesNotContain("Authorization", result.Out + result.Error);
    }
}
