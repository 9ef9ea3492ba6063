using System.Globalization;
using Microsoft.Extensions.AI;

namespace CustomGpt.Extensions.Chat;

// The SDK has a ChatRole of its own (the OpenAI-format endpoint's); here roles are the abstraction's.
using ChatRole = Microsoft.Extensions.AI.ChatRole;

/// <summary>
/// The agent's answers in the abstraction's terms: a stored message as a response, a streamed
/// answer as deltas and a closing update. The message id is the response id; the session id is the
/// conversation id; the citation ids go into AdditionalProperties, their sources (when looked up)
/// onto the text as annotations.
/// </summary>
internal static class ChatAnswers
{
    public static ChatResponse Response(Message answer, string sessionId, IList<AIAnnotation>? annotations)
    {
        var citations = answer.Citations?.ToList() ?? [];
        var messageId = IdText(answer.Id);
        var message = new ChatMessage(ChatRole.Assistant, [new TextContent(answer.OpenaiResponse ?? "") { Annotations = annotations }])
        {
            MessageId = messageId,
            CreatedAt = answer.CreatedAt,
            AdditionalProperties = CitationProperties(citations),
            RawRepresentation = answer,
        };
        return new ChatResponse(message)
        {
            ResponseId = messageId,
            ConversationId = sessionId,
            CreatedAt = answer.CreatedAt,
            FinishReason = ChatFinishReason.Stop,
            AdditionalProperties = CitationProperties(citations),
            RawRepresentation = answer,
        };
    }

    public static ChatResponseUpdate Delta(MessageStreamEvent progress, string sessionId) =>
        new(ChatRole.Assistant, progress.Message) { ConversationId = sessionId, RawRepresentation = progress };

    /// <summary>
    /// The update closing a stream: the finish event names the stored message and its citations, the
    /// text having all been sent. The sources ride on an annotation-only text content, since the API
    /// gives no position in the text for them.
    /// </summary>
    public static ChatResponseUpdate Finish(MessageStreamEvent finish, string sessionId, IList<AIAnnotation>? annotations)
    {
        var messageId = IdText(finish.Id);
        List<AIContent> contents = annotations is null ? [] : [new TextContent("") { Annotations = annotations }];
        return new ChatResponseUpdate(ChatRole.Assistant, contents)
        {
            ConversationId = finish.SessionId ?? sessionId,
            ResponseId = messageId,
            MessageId = messageId,
            CreatedAt = finish.CreatedAt,
            FinishReason = ChatFinishReason.Stop,
            AdditionalProperties = CitationProperties(finish.Citations?.ToList() ?? []),
            RawRepresentation = finish,
        };
    }

    static string? IdText(int? id) => id?.ToString(CultureInfo.InvariantCulture);

    static AdditionalPropertiesDictionary CitationProperties(IReadOnlyList<int> citations) =>
        new() { [CustomGptChatPropertyNames.Citations] = citations };
}
