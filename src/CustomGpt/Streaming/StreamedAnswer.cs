namespace CustomGpt.Streaming;

/// <summary>
/// A streamed answer gathered whole: the text of all its deltas and what its finish event said.
/// Returned by <see cref="IConversationsClient.SendMessageStreamedAsync"/>.
/// </summary>
public sealed class StreamedAnswer
{
    /// <summary>Creates an answer, e.g. to stand in for the API in a test.</summary>
    public StreamedAnswer(string text, string? prompt, int? messageId, string? sessionId, DateTimeOffset? createdAt, IReadOnlyList<int> citations)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Prompt = prompt;
        MessageId = messageId;
        SessionId = sessionId;
        CreatedAt = createdAt;
        Citations = citations ?? throw new ArgumentNullException(nameof(citations));
    }

    /// <summary>The agent's answer: every progress delta, in order.</summary>
    public string Text { get; }

    /// <summary>The question, as the start event repeated it.</summary>
    public string? Prompt { get; }

    /// <summary>The id of the stored message, to fetch it or give feedback on it later.</summary>
    public int? MessageId { get; }

    /// <summary>The conversation's session id.</summary>
    public string? SessionId { get; }

    /// <summary>When the message was stored.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>The ids of the citations backing the answer (see the citations client).</summary>
    public IReadOnlyList<int> Citations { get; }
}
