using CustomGpt.Extensions.Chat;
using Microsoft.Extensions.AI;

namespace CustomGpt.Extensions.Tests.Chat;

// The SDK has a ChatRole of its own (the OpenAI-format endpoint\'s); these tests speak the abstraction\'s.
using ChatRole = Microsoft.Extensions.AI.ChatRole;

public sealed class ChatTurnTests
{
    [Fact]
    public void The_prompt_is_the_user_text_after_the_last_answer()
    {
        var turn = ChatTurn.From(
            [new(ChatRole.User, "old question"), new(ChatRole.Assistant, "old answer"), new(ChatRole.User, "first part"), new(ChatRole.User, "second part")],
            null);

        Assert.Equal("first part\n\nsecond part", turn.Request.Prompt);
        Assert.Null(turn.Request.CustomPersona);
    }

    [Fact]
    public void Nothing_to_ask_is_an_argument_error()
    {
        var error = Assert.Throws<ArgumentException>(() => ChatTurn.From([new(ChatRole.User, "q"), new(ChatRole.Assistant, "a")], null));

        Assert.Equal("messages", error.ParamName);
        Assert.StartsWith("There is no user message with text after the last assistant message: nothing to ask the agent.", error.Message);
    }

    [Fact]
    public void A_conversation_is_named_after_the_first_line_of_the_prompt_within_the_APIs_limit()
    {
        Assert.Equal("Where is it?", ChatTurn.From([new(ChatRole.User, "Where is it?\nI looked everywhere.")], null).ConversationName);

        // 254 letters and a surrogate pair straddling the 255th character: the pair is not split.
        var name = ChatTurn.From([new(ChatRole.User, new string('a', 254) + "\U0001F600 and more")], null).ConversationName;
        Assert.Equal(new string('a', 254), name);
    }
}
