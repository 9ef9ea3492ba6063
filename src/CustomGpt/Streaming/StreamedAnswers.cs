using System.Text;

namespace CustomGpt.Streaming;

/// <summary>Gathers a stream into the whole answer, for callers who want the result, not the events.</summary>
internal static class StreamedAnswers
{
    public static async Task<StreamedAnswer> CollectAsync(IAsyncEnumerable<MessageStreamEvent> events, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        string? prompt = null;
        MessageStreamEvent? finish = null;
        await foreach (var streamEvent in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            switch (streamEvent.Status)
            {
                case MessageStreamStatus.Start: prompt = streamEvent.Prompt; break;
                case MessageStreamStatus.Progress: text.Append(streamEvent.Message); break;
                case MessageStreamStatus.Finish: finish = streamEvent; break;
            }
        }
        // The stream itself fails when it ends without a finish event.
        return new StreamedAnswer(text.ToString(), prompt, finish?.Id, finish?.SessionId, finish?.CreatedAt, finish?.Citations?.ToArray() ?? []);
    }

    public static async Task<string> CollectTextAsync(IAsyncEnumerable<ChatCompletionChunk> chunks, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        await foreach (var chunk in chunks.WithCancellation(cancellationToken).ConfigureAwait(false))
            foreach (var choice in chunk.Choices ?? [])
                // The API answers with one choice; should it send more, the first is the answer.
                if ((choice.Index ?? 0) == 0) text.Append(choice.Delta?.Content);
        return text.ToString();
    }
}
