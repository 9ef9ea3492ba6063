using System.Runtime.CompilerServices;

namespace CustomGpt.Streaming;

/// <summary>
/// The protocol of a streamed message: <c>start</c>, <c>progress</c> deltas, then <c>finish</c>.
/// An <c>error</c> event, or an end before <c>finish</c>, is a <see cref="CustomGptApiException"/>.
/// </summary>
internal static class MessageEventStream
{
    public static async IAsyncEnumerable<MessageStreamEvent> ReadAsync(EventStream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var data in stream.ReadDataAsync(cancellationToken).ConfigureAwait(false))
        {
            var streamEvent = stream.Read<MessageStreamEvent>(data);
            if (streamEvent.Status == MessageStreamStatus.Error)
                throw stream.Failure(streamEvent.Data?.Message ?? streamEvent.Message ?? "the stream reported an error without a message", streamEvent.Data?.Code, data);
            yield return streamEvent;
            // The answer is complete: stop here rather than wait for the server to close.
            if (streamEvent.Status == MessageStreamStatus.Finish) yield break;
        }
        throw stream.Failure("the event stream ended before its finish event");
    }
}
