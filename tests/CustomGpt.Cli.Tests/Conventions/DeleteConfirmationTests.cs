using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Conventions;

/// <summary>Every delete asks at a terminal, and without one needs --yes: nothing is deleted by surprise.</summary>
[Collection(SandboxCollection.Name)]
public sealed class DeleteConfirmationTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    public static TheoryData<string, string> Deletes() => new()
    {
        { "agents delete 1042", "agent 1042" },
        { "sources delete 1042 2210", "source 2210 of agent 1042" },
        { "pages delete 1042 557231", "page 557231 of agent 1042" },
        { "conversations delete 1042 9a4d3c1e-7b2f-4e8a-b6d0-3f5c2a1e8d47", "conversation 9a4d3c1e-7b2f-4e8a-b6d0-3f5c2a1e8d47" },
        { "licenses delete 1042 871", "license 871 of agent 1042" },
    };

    [Theory]
    [MemberData(nameof(Deletes))]
    public async Task Without_a_terminal_it_needs_yes_and_sends_nothing(string commandLine, string what)
    {
        var result = await Cli.RunAsync(ShellWords.Split(commandLine));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        var command = "customgpt " + string.Join(' ', commandLine.Split(' ').Take(2));
        Assert.Equal(
            $"error: '{command}' deletes {what}: add --yes to confirm, as stdin is not a terminal to ask at{Environment.NewLine}Run '{command} --help' for usage.{Environment.NewLine}",
            result.Error);
    }

    [Theory]
    [MemberData(nameof(Deletes))]
    public async Task At_a_terminal_it_asks_and_deletes_on_yes(string commandLine, string what)
    {
        var result = (await Cli.RunAsync(ShellWords.Split(commandLine), input: "y\n", terminal: true)).Succeeded();
        Assert.StartsWith($"Delete {what}? This cannot be undone. [y/N] Sandbox:", result.Error);
        Assert.StartsWith("Deleted ", result.Out);
    }

    [Theory]
    [InlineData("n\n")]
    [InlineData("\n")]
    [InlineData("")]
    public async Task At_a_terminal_anything_but_yes_deletes_nothing(string answer)
    {
        var result = await Cli.RunAsync(["agents", "delete", "1042"], input: answer, terminal: true);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        // Nothing was sent: the sandbox was never even announced.
        Assert.Equal($"Delete agent 1042? This cannot be undone. [y/N] Nothing deleted: agent 1042 stays.{Environment.NewLine}", result.Error);
    }

    [Fact]
    public async Task Yes_skips_the_question_at_a_terminal_too()
    {
        var result = (await Cli.RunAsync(["agents", "delete", "1042", "-y"], terminal: true)).Succeeded();
        Assert.DoesNotContain("[y/N]", result.Error);
        Assert.Equal("Deleted agent 1042.", result.Out.Trim());
    }
}
