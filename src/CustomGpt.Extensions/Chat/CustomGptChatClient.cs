using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace CustomGpt.Extensions.Chat;

/// <summary>
/// <see cref="IChatClient"/> over one agent: a chat thread is a CustomGPT conversation, whose session id
/// is the thread's <see cref="ChatResponse.ConversationId"/>. See
/// <see cref="CustomGptChatClientExtensions.AsChatClient"/> for the mapping.
/// </summary>
internal sealed class CustomGptChatClient(CustomGptClient client, int agentId, CustomGptChatClientOptions options) : IChatClient
{
    const string ProviderName = "customgpt";

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? chatOptions = null, CancellationToken cancellationToken = default)
    {
        var turn = ChatTurn.From(messages, chatOptions);
        var sessionId = await SessionIdAsync(turn, chatOptions, cancellationToken).ConfigureAwait(false);
        var answer = await client.Conversations.SendMessageAsync(agentId, sessionId, turn.Request, cancellationToken).ConfigureAwait(false);
        var annotations = await AnnotationsAsync(answer.Citations, cancellationToken).ConfigureAwait(false);
        return ChatAnswers.Response(answer, sessionId, annotations);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? chatOptions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var turn = ChatTurn.From(messages, chatOptions);
        var sessionId = await SessionIdAsync(turn, chatOptions, cancellationToken).ConfigureAwait(false);
        var events = client.Conversations.SendMessageStreamAsync(agentId, sessionId, turn.Request, cancellationToken);
        await foreach (var streamEvent in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (streamEvent.Status == MessageStreamStatus.Progress && !string.IsNullOrEmpty(streamEvent.Message))
                yield return ChatAnswers.Delta(streamEvent, sessionId);
            else if (streamEvent.Status == MessageStreamStatus.Finish)
                yield return ChatAnswers.Finish(streamEvent, sessionId, await AnnotationsAsync(streamEvent.Citations, cancellationToken).ConfigureAwait(false));
        }
    }

    // A thread the caller keeps goes on in its conversation; a new one gets a conversation of its own.
    async Task<string> SessionIdAsync(ChatTurn turn, ChatOptions? chatOptions, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(chatOptions?.ConversationId)) return chatOptions!.ConversationId!;
        var conversation = await client.Conversations.CreateAsync(agentId, new CreateConversationRequest { Name = turn.ConversationName }, cancellationToken).ConfigureAwait(false);
        // Never null: the SDK fails the call when a conversation comes without its session id.
        return conversation.SessionId;
    }

    async Task<IList<AIAnnotation>?> AnnotationsAsync(IList<int>? citations, CancellationToken cancellationToken) =>
        options.ResolveCitations && citations is { Count: > 0 }
            ? await CitationSources.AnnotationsAsync(client.Citations, agentId, citations.ToList(), cancellationToken).ConfigureAwait(false)
            : null;

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (serviceType is null) throw new ArgumentNullException(nameof(serviceType));
        if (serviceKey is not null) return null;
        if (serviceType == typeof(ChatClientMetadata)) return new ChatClientMetadata(ProviderName, client.BaseUrl, null);
        if (serviceType == typeof(CustomGptClient)) return client;
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <summary>Leaves the <see cref="CustomGptClient"/> open: it belongs to whoever created it.</summary>
    public void Dispose() { }
}
