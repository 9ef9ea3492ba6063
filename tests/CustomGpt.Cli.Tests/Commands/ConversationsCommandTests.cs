using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Commands;

[Collection(SandboxCollection.Name)]
public sealed class ConversationsCommandTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    const string Session = "9a4d3c1e-7b2f-4e8a-b6d0-3f5c2a1e8d47";

    [Fact]
    public async Task List_shows_sessions_and_names()
    {
        var result = await Succeeds("conversations list 1042");
        Assert.Contains("e3b0c442-98fc-4c14-9afb-f4c8996fb924", result.Out);
        Assert.Contains("Invoices", result.Out);
        Assert.Contains("Page 1 of 3, 5 conversations in all", result.Out);
    }

    [Fact]
    public async Task List_all_walks_every_page() =>
        Assert.Contains("5 conversations", (await Succeeds("conversations list 1042 --all")).Out);

    [Fact]
    public async Task Create_shows_the_session_to_continue()
    {
        var result = await Succeeds("conversations create 1042 --name \"Onboarding questions\"");
        Assert.Contains($"Started conversation {Session}.", result.Out);
        Assert.Contains("Onboarding questions", result.Out);
    }

    [Fact]
    public async Task Delete_confirms() =>
        Assert.Equal($"Deleted conversation {Session}.", (await Succeeds($"conversations delete 1042 {Session} --yes")).Out.Trim());

    [Fact]
    public async Task Messages_shows_questions_answers_and_citations()
    {
        var result = await Succeeds($"conversations messages 1042 {Session} --all");
        Assert.Contains("How do I reset my password?", result.Out);
        Assert.Contains("A reset link is sent to your email.", result.Out);
        Assert.Contains("30412, 30418", result.Out);
        Assert.Contains("3 messages", result.Out);
    }
}
