using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Errors;

/// <summary>A failure is one line on stderr, the API's words, the status and what to do, with a non-zero exit.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ErrorLineTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    [Theory]
    [InlineData("Agents_Get.not-found", "agents show 1042",
        "error: Agent with id 1042 not found (HTTP 404, Agents_Get). Check the ids: `customgpt agents list` shows your agents.")]
    [InlineData("Agents_List.unauthenticated", "agents list",
        "error: Unauthenticated (HTTP 401, Agents_List). Check CUSTOMGPT_API_KEY (create a key in your CustomGPT.ai account), or run with --sandbox to try the CLI without one.")]
    [InlineData("Agents_Replicate.server-error", "agents replicate 1042",
        "error: Something went wrong while replicating the agent (HTTP 500, Agents_Replicate). The API failed on its side: try again later.")]
    [InlineData("Pages_Reindex.forbidden", "pages reindex 1042 557231",
        "error: This page cannot be reindexed while it is being indexed (HTTP 403, Pages_Reindex). This key or plan may not do that: see `customgpt limits`.")]
    public async Task An_api_error_is_one_line_with_advice(string recording, string commandLine, string expected)
    {
        using var api = new RecordedApi(recording);
        var result = (await Cli.RunAsync(ShellWords.Split(commandLine), api.Environment())).Failed();
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(expected + Environment.NewLine, result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Exhausted_credits_say_so_while_chatting()
    {
        using var api = new RecordedApi("Conversations_Create.success", "Conversations_SendMessage.quota-exhausted");
        var result = (await Cli.RunAsync(["chat", "1042", "How do I reset my password?"], api.Environment())).Failed();
        Assert.Equal(
            "error: You have run out of query credits for this month (HTTP 429, Conversations_SendMessage). Your query credits are used up: see `customgpt limits` or upgrade the plan." + Environment.NewLine,
            result.Error);
    }

    [Fact]
    public async Task Verbose_adds_the_details_below_the_line()
    {
        using var api = new RecordedApi("Agents_Get.not-found");
        var result = (await Cli.RunAsync(["agents", "show", "1042", "--verbose"], api.Environment())).Failed();
        var lines = result.Error.Split(Environment.NewLine);
        Assert.Matches(@"^→ GET http://localhost:\d+/api/v1/projects/1042$", lines[0]);
        Assert.StartsWith("← 404 Not Found in ", lines[1]);
        Assert.StartsWith("error: Agent with id 1042 not found (HTTP 404, Agents_Get).", lines[2]);
        Assert.Contains("  operation: Agents_Get", lines);
        Assert.Contains("  status: HTTP 404, API code 404", lines);
        Assert.Contains("  attempts: 1", lines);
        Assert.Contains(lines, line => line.StartsWith("  response: {", StringComparison.Ordinal) && line.Contains("Agent with id 1042 not found"));
        Assert.Contains(lines, line => line.StartsWith("  exception: CustomGpt.CustomGptNotFoundException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_api_names_the_url_to_check()
    {
        var environment = new Dictionary<string, string> { ["CUSTOMGPT_API_KEY"] = "123|key", ["CUSTOMGPT_BASE_URL"] = "http://127.0.0.1:1/" };
        var result = (await Cli.RunAsync(["limits"], environment)).Failed();
        Assert.StartsWith("error: could not connect: ", result.Error);
        Assert.EndsWith("(no HTTP status, Limits_GetUsage). Check your network, and CUSTOMGPT_BASE_URL or --base-url (http://127.0.0.1:1/)." + Environment.NewLine, result.Error);
    }

    [Fact]
    public async Task A_malformed_base_url_variable_is_a_clear_error()
    {
        var environment = new Dictionary<string, string> { ["CUSTOMGPT_API_KEY"] = "123|key", ["CUSTOMGPT_BASE_URL"] = "app.customgpt.ai" };
        var result = await Cli.RunAsync(["limits"], environment);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: CUSTOMGPT_BASE_URL is not an absolute URL: set it like https://app.customgpt.ai/ or unset it." + Environment.NewLine
            + "Run 'customgpt limits --help' for usage." + Environment.NewLine, result.Error);
    }

    [Fact]
    public async Task A_malformed_base_url_option_is_refused_by_the_parser() =>
        Assert.Contains("--base-url needs an absolute URL", (await Cli.RunAsync(["limits", "--base-url", "nope"])).Failed().Error);

    [Fact]
    public async Task A_route_the_sandbox_does_not_know_says_so() =>
        Assert.Equal(
            "error: The sandbox has no recorded exchange for this request (HTTP 404, Agents_List). The sandbox only knows the routes in spec/recordings: run with --verbose to see the request.",
            (await Cli.RunAsync(["agents", "list", "--page", "9"])).Failed().Error.Split(Environment.NewLine)[1]);
}
