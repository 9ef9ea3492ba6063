using CustomGpt.Extensions.Chat;
using Microsoft.Extensions.AI;

namespace CustomGpt;

/// <summary>Exposes a CustomGPT.ai agent as a Microsoft.Extensions.AI <see cref="IChatClient"/>.</summary>
public static class CustomGptChatClientExtensions
{
    /// <summary>
    /// An <see cref="IChatClient"/> that asks the agent <paramref name="agentId"/> through its conversations.
    /// </summary>
    /// <remarks>
    /// Each call sends one message: the text of the user messages after the last assistant message
    /// (earlier turns live in the agent's conversation, not in the request); system messages and
    /// <see cref="ChatOptions.Instructions"/> become the message's persona. A call without
    /// <see cref="ChatOptions.ConversationId"/> starts a new conversation; the response's
    /// <see cref="ChatResponse.ConversationId"/> is its session id, and passing it back continues the
    /// same conversation:
    /// <code>
    /// IChatClient chat = client.AsChatClient(agentId);
    /// var first = await chat.GetResponseAsync("How do I reset my password?");
    /// var next = await chat.GetResponseAsync("And my email?", new ChatOptions { ConversationId = first.ConversationId });
    /// </code>
    /// The ids of the answer's citations are in <c>AdditionalProperties["citations"]</c> (see
    /// <see cref="CustomGptChatPropertyNames"/>) of the response and of its message (for streaming, of the
    /// final update); with <see cref="CustomGptChatClientOptions.ResolveCitations"/> the text also carries a
    /// <see cref="CitationAnnotation"/> with the title and URL of each. The chat client does not own
    /// <paramref name="client"/>: disposing it leaves the client open.
    /// </remarks>
    /// <param name="client">The SDK client to send through.</param>
    /// <param name="agentId">The agent (project) id.</param>
    /// <param name="options">How answers are mapped; defaults when null.</param>
    /// <returns>A chat client over the agent.</returns>
    public static IChatClient AsChatClient(this CustomGptClient client, int agentId, CustomGptChatClientOptions? options = null)
    {
        if (client is null) throw new ArgumentNullException(nameof(client));
        return new CustomGptChatClient(client, agentId, options ?? new CustomGptChatClientOptions());
    }
}
