namespace CustomGpt;

public partial interface IConversationsClient
{
    /// <summary>Asks an agent a question in a conversation and yields the answer as the agent writes it.</summary>
    /// <remarks>
    /// The request is sent when enumeration starts. Events come in order: <see cref="MessageStreamStatus.Start"/>
    /// with the prompt, <see cref="MessageStreamStatus.Progress"/> events whose <see cref="MessageStreamEvent.Message"/>
    /// is the text to append, then <see cref="MessageStreamStatus.Finish"/> with the stored message's id, session id and
    /// citations, which ends the enumeration. Each event is yielded as soon as it arrives; leaving the loop early closes
    /// the response. <see cref="SendMessageAsync"/> asks the same question and returns the whole answer at once.
    /// <code>
    /// await foreach (var e in client.Conversations.SendMessageStreamAsync(agentId, sessionId, new SendMessageRequest { Prompt = "Hi" }))
    ///     if (e.Status == MessageStreamStatus.Progress) Console.Write(e.Message);
    /// </code>
    /// </remarks>
    /// <param name="agentId">Id of the agent.</param>
    /// <param name="sessionId">Session id of the conversation (its session_id UUID, not the numeric id).</param>
    /// <param name="request">The question, with optional overrides for this message (persona, model, language, your own id).</param>
    /// <param name="cancellationToken">Cancels the request and the enumeration.</param>
    /// <returns>The events of the answer, start to finish.</returns>
    /// <exception cref="CustomGptApiException">While enumerating: the API refused the request (a subclass tells the kind,
    /// e.g. <see cref="CustomGptRateLimitException"/> when query credits are used up), reported an error mid-stream, sent data
    /// that is not an event, or ended without a finish event.</exception>
    IAsyncEnumerable<MessageStreamEvent> SendMessageStreamAsync(int agentId, string sessionId, SendMessageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Asks an agent a question in the OpenAI chat-completions format and yields the answer's chunks as they arrive.</summary>
    /// <remarks>
    /// The request is sent when enumeration starts, with <c>"stream": true</c> whatever <see cref="ChatCompletionRequest.Stream"/>
    /// says (the object itself is not changed). Each <c>chat.completion.chunk</c> is yielded as soon as it arrives; the text to
    /// append is in <c>Choices[0].Delta.Content</c>. The enumeration ends at <c>[DONE]</c>. Each call starts a new conversation.
    /// </remarks>
    /// <param name="agentId">Id of the agent.</param>
    /// <param name="request">The chat history in OpenAI format; its last user message is the question.</param>
    /// <param name="cancellationToken">Cancels the request and the enumeration.</param>
    /// <returns>The chunks of the answer, up to <c>[DONE]</c>.</returns>
    /// <exception cref="CustomGptApiException">While enumerating: the API refused the request (a subclass tells the kind),
    /// sent an error or data that is not a chunk, or ended without <c>[DONE]</c>.</exception>
    IAsyncEnumerable<ChatCompletionChunk> SendMessageOpenAiStreamAsync(int agentId, ChatCompletionRequest request, CancellationToken cancellationToken = default);
}
