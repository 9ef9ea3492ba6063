using CustomGpt.Cli.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Cli.Tests.Commands;

[Collection(SandboxCollection.Name)]
public sealed class ChatCommandTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    // The deltas of spec/recordings/Conversations/Conversations_SendMessage.stream.json, joined.
    const string Answer = "Open Settings, choose Security, then select Reset password.";
    const string Session = "9a4d3c1e-7b2f-4e8a-b6d0-3f5c2a1e8d47";

    [Fact]
    public async Task One_question_prints_the_answer_then_its_sources()
    {
        var result = await Succeeds("chat 1042 \"How do I reset my password?\"");
        var expected = string.Join(Environment.NewLine,
            Answer,
            "",
            "Sources:",
            "  [30412] Reset your password <https://docs.example.com/account/password>",
            "  [30418] Reset your password <https://docs.example.com/account/password>",
            "");
        Assert.Equal(expected, result.Out);
    }

    [Fact]
    public async Task Any_agent_and_question_get_the_recorded_answer_in_the_sandbox() =>
        Assert.StartsWith(Answer, (await Succeeds("chat 1 \"What can you do?\"")).Out);

    [Fact]
    public async Task Without_a_message_it_chats_at_the_prompt_in_one_conversation()
    {
        var result = (await Cli.RunAsync(["chat", "1042"], input: "How do I reset my password?\nAnd for SSO accounts?\n\n")).Succeeded();
        Assert.Equal(2, Count(result.Out, Answer));
        Assert.Equal(2, Count(result.Out, "Sources:"));
        Assert.Contains($"Conversation {Session}.", result.Error);
        Assert.Equal(3, Count(result.Error, "> "));
        Assert.Contains($"Continue later with: customgpt chat 1042 --session {Session}", result.Error);
    }

    [Fact]
    public async Task Without_a_message_end_of_input_ends_the_chat() =>
        (await Cli.RunAsync(["chat", "1042"], input: "")).Succeeded();

    [Fact]
    public async Task Session_continues_a_conversation_without_starting_one()
    {
        var result = await Succeeds($"chat 1042 \"How do I reset my password?\" --session {Session} --verbose");
        Assert.DoesNotMatch(@"POST \S+/conversations\s", result.Error);
        Assert.Matches($@"POST \S+/conversations/{Session}/messages\?stream=true", result.Error);
    }

    [Fact]
    public async Task Json_prints_the_whole_answer_once()
    {
        var answer = JObject.Parse((await Succeeds("chat 1042 \"How do I reset my password?\" --json")).Out);
        Assert.Equal(Answer, (string?)answer["answer"]);
        Assert.Equal(Session, (string?)answer["session_id"]);
        Assert.Equal(88131, (int)answer["message_id"]!);
        Assert.Equal([30412, 30418], answer["citations"]!.Select(c => (int)c["id"]!));
        Assert.Equal("Reset your password", (string?)answer["citations"]![0]!["title"]);
    }

    static int Count(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
