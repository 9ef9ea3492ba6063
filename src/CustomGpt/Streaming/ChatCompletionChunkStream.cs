using System.Runtime.CompilerServices;

namespace CustomGpt.Streaming;

/// <summary>
/// The protocol of a streamed OpenAI-format answer: <c>chat.completion.chunk</c> objects, then
/// <c>[DONE]</c>. An end before <c>[DONE]</c>, or the CustomGPT error envelope in place of a chunk,
/// is a <see cref="CustomGptApiException"/>.
/// </summary>
internal static class ChatCompletionChunkStream
{
    const string Done = "[DONE]";

    public static async IAsyncEnumerable<ChatCompletionChunk> ReadAsync(EventStream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var data in stream.ReadDataAsync(cancellationToken).ConfigureAwait(false))
        {
            if (data.Trim() == Done) yield break;
            var chunk = stream.Read<ChatCompletionChunk>(data);
            if (IsErrorEnvelope(chunk))
            {
                var (code, message) = ErrorResponses.Parse(data);
                throw stream.Failure(message ?? "the stream reported an error without a message", code, data);
            }
            yield return chunk;
        }
        throw stream.Failure("the event stream ended before [DONE]");
    }

    // Errors on this endpoint come as {"status":"error","data":{...}}, which reads as a chunk with
    // nothing but unknown fields.
    static bool IsErrorEnvelope(ChatCompletionChunk chunk) =>
        chunk.AdditionalProperties.TryGetValue("status", out var status) && status?.ToString() == "error";
}
