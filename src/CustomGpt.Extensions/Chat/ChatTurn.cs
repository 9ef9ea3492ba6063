using Microsoft.Extensions.AI;

namespace CustomGpt.Extensions.Chat;

// The SDK has a ChatRole of its own (the OpenAI-format endpoint's); here roles are the abstraction's.
using ChatRole = Microsoft.Extensions.AI.ChatRole;

/// <summary>
/// What one chat call sends to the agent. The agent's conversation keeps the history, so only the
/// newest user turn is sent: the user messages after the last assistant message. Instructions (the
/// options' and the system messages') become the persona of that message.
/// </summary>
internal sealed class ChatTurn
{
    // The API's limit for a conversation name.
    const int MaxConversationName = 255;

    ChatTurn(SendMessageRequest request, string conversationName)
    {
        Request = request;
        ConversationName = conversationName;
    }

    public SendMessageRequest Request { get; }

    /// <summary>A name for a conversation this turn starts: the start of its prompt.</summary>
    public string ConversationName { get; }

    public static ChatTurn From(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        if (messages is null) throw new ArgumentNullException(nameof(messages));
        var all = messages.ToList();
        var lastAnswer = all.FindLastIndex(m => m.Role == ChatRole.Assistant);
        var prompt = Join(all.Skip(lastAnswer + 1).Where(m => m.Role == ChatRole.User).Select(m => m.Text));
        if (prompt.Length == 0)
            throw new ArgumentException("There is no user message with text after the last assistant message: nothing to ask the agent.", nameof(messages));

        var persona = Join(new[] { options?.Instructions }.Concat(all.Where(m => m.Role == ChatRole.System).Select(m => m.Text)));
        var request = new SendMessageRequest { Prompt = prompt, CustomPersona = persona.Length == 0 ? null : persona };
        return new ChatTurn(request, NameFrom(prompt));
    }

    static string Join(IEnumerable<string?> texts) =>
        string.Join("\n\n", texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()));

    static string NameFrom(string prompt)
    {
        var firstLine = prompt.Split('\n')[0].Trim();
        if (firstLine.Length <= MaxConversationName) return firstLine;
        var cut = MaxConversationName;
        // Never split a surrogate pair: the name must stay valid text.
        if (char.IsHighSurrogate(firstLine[cut - 1])) cut--;
        return firstLine.Substring(0, cut);
    }
}
