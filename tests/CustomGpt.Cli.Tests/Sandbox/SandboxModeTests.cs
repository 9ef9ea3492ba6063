using System.Text.RegularExpressions;
using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Sandbox;

/// <summary>When the CLI answers from the sandbox, and that it says so.</summary>
[Collection(SandboxCollection.Name)]
public sealed class SandboxModeTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    [Fact]
    public async Task Without_a_key_it_says_on_stderr_that_the_sandbox_answers()
    {
        var result = await Succeeds("limits");
        Assert.Matches(@"^Sandbox: no CUSTOMGPT_API_KEY is set, so the answers are recorded examples from spec/recordings, not your account's data, served on http://localhost:\d+/\. Set CUSTOMGPT_API_KEY to use the real API\.\r?\n$", result.Error);
        Assert.DoesNotContain("Sandbox", result.Out);
    }

    [Fact]
    public async Task The_sandbox_option_wins_over_a_key()
    {
        var environment = new Dictionary<string, string> { ["CUSTOMGPT_API_KEY"] = "123|real-looking", ["CUSTOMGPT_BASE_URL"] = "http://127.0.0.1:1/" };
        var result = (await Cli.RunAsync(["limits", "--sandbox"], environment)).Succeeded();
        Assert.StartsWith("Sandbox (--sandbox): the answers are recorded examples from spec/recordings, not your account's data, served on http://localhost:", result.Error);
        Assert.Contains("5000", result.Out);
    }

    [Fact]
    public async Task With_a_key_it_talks_to_the_api_and_says_nothing_of_a_sandbox()
    {
        using var api = new RecordedApi("Limits_GetUsage.success");
        var result = (await Cli.RunAsync(["limits"], api.Environment())).Succeeded();
        Assert.Equal("", result.Error);
        Assert.Contains("5000", result.Out);
    }

    [Fact]
    public async Task Without_a_shared_sandbox_a_run_starts_its_own_and_stops_it()
    {
        var result = (await Cli.RunAsync(["user", "show"], sharedSandbox: false)).Succeeded();
        Assert.Contains("Sam Rivera", result.Out);
        var url = Regex.Match(result.Error, @"http://localhost:\d+/").Value;
        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(url + "api/v1/user"));
    }

    [Fact]
    public async Task An_exact_recorded_request_gets_the_success_not_the_error_recorded_for_it()
    {
        // Users_Get.success and Users_Get.unauthenticated expect the same request.
        Assert.Contains("Sam Rivera", (await Succeeds("user show")).Out);
        // So do AgentSettings_Get.success and .not-found.
        Assert.Contains("gpt-4o-mini", (await Succeeds("settings show 1042")).Out);
    }
}
