using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Conventions;

/// <summary>
/// A command line that does not parse: two lines on stderr in the user's words (what is wrong, where
/// to read more), nothing on stdout, exit code 2; the help text only when asked for.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class UsageErrorTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    [Theory]
    [InlineData("agents show abc", "agent id must be a number, got 'abc'", "customgpt agents show")]
    [InlineData("agents show abc --json", "agent id must be a number, got 'abc'", "customgpt agents show")]
    [InlineData("pages delete 1042 x1 --yes", "page id must be a number, got 'x1'", "customgpt pages delete")]
    [InlineData("agentz list", "unknown command 'agentz' for 'customgpt'. Did you mean 'agents'?", "customgpt")]
    [InlineData("agents lst", "unknown command 'lst' for 'customgpt agents'. Did you mean 'list'?", "customgpt agents")]
    [InlineData("frobnicate", "unknown command 'frobnicate' for 'customgpt'", "customgpt")]
    [InlineData("agents list --al", "unknown option '--al' for 'customgpt agents list'. Did you mean '--all'?", "customgpt agents list")]
    [InlineData("agents list --jsn", "unknown option '--jsn' for 'customgpt agents list'. Did you mean '--json'?", "customgpt agents list")]
    [InlineData("limits 5", "unexpected argument '5' for 'customgpt limits'", "customgpt limits")]
    [InlineData("agents", "'customgpt agents' needs a command: list, show, create, update, delete, replicate, stats", "customgpt agents")]
    [InlineData("", "'customgpt' needs a command: chat, agents, sources, pages, conversations, settings, licenses, reports, user, limits, mcp", "customgpt")]
    [InlineData("agents show", "missing <agent-id>: customgpt agents show <agent-id>", "customgpt agents show")]
    [InlineData("licenses create 1042", "--name is required: Who or what the license is for.", "customgpt licenses create")]
    [InlineData("agents list --page 0", "--page takes a number from 1, got '0'", "customgpt agents list")]
    [InlineData("agents update 1042 --shared maybe", "--shared takes true or false, got 'maybe'", "customgpt agents update")]
    [InlineData("agents list --order up", "--order takes one of asc, desc; not 'up'", "customgpt agents list")]
    [InlineData("agents create --name Docs", "Give --sitemap <url> or --file <path>: an agent needs knowledge", "customgpt agents create")]
    [InlineData("chat 1042 \"\"", "the message is empty: ask a question, or leave the message out to chat at the prompt", "customgpt chat")]
    [InlineData("chat 1042 \"  \"", "the message is empty: ask a question, or leave the message out to chat at the prompt", "customgpt chat")]
    public async Task Is_two_lines_on_stderr_and_exit_code_2(string commandLine, string message, string command)
    {
        var result = await Cli.RunAsync(ShellWords.Split(commandLine));
        Assert.Equal("", result.Out);
        Assert.Equal($"error: {message}{Environment.NewLine}Run '{command} --help' for usage.{Environment.NewLine}", result.Error);
        Assert.Equal(2, result.ExitCode);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("agents show --help")]
    [InlineData("agents --help")]
    public async Task Help_is_shown_when_asked_on_stdout(string commandLine)
    {
        var result = (await Cli.RunAsync(ShellWords.Split(commandLine))).Succeeded();
        Assert.Contains("Usage:", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task A_failing_api_call_exits_with_1_not_2()
    {
        using var api = new RecordedApi("Agents_Get.not-found");
        Assert.Equal(1, (await Cli.RunAsync(["agents", "show", "1042"], api.Environment())).ExitCode);
    }
}
