using System.Runtime.CompilerServices;
using CustomGpt.Http;
using CustomGpt.Streaming;

namespace CustomGpt;

// The two streamed sends: the same operations as SendMessageAsync and SendMessageOpenAiAsync,
// asked for as server-sent events, through the same request building and pipeline.
internal sealed partial class ConversationsClient
{

    public IAsyncEnumerable<MessageStreamEvent> SendMessageStreamAsync(int agentId, string sessionId, SendMessageRequest request, CancellationToken cancellationToken = default)
    {
        RequireText(sessionId, nameof(sessionId));
        if (request is null) throw new ArgumentNullException(nameof(request));
        // Built now: the request sent is the object as it was at the call.
        var request_ = NewRequest(HttpMethod.Post, "Conversations_SendMessage")
            .Path("api/v1/projects/").PathValue(agentId).Path("/conversations/").PathValue(sessionId).Path("/messages")
            .Query("stream", true)
            .Query("lang", request.Lang)
            .Query("external_id", request.ExternalId)
            .JsonBody(request, JsonSettings);
        return StreamAsync(request_, MessageEventStream.ReadAsync, cancellationToken);
    }

    public IAsyncEnumerable<ChatCompletionChunk> SendMessageOpenAiStreamAsync(int agentId, ChatCompletionRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var request_ = NewRequest(HttpMethod.Post, "Conversations_SendMessageOpenAi")
            .Path("api/v1/projects/").PathValue(agentId).Path("/chat/completions")
            .JsonBody(StreamingRequestBody.Of(request, JsonSettings));
        return StreamAsync(request_, ChatCompletionChunkStream.ReadAsync, cancellationToken);
    }

    async IAsyncEnumerable<T> StreamAsync<T>(ApiRequest request, Func<EventStream, CancellationToken, IAsyncEnumerable<T>> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = await OpenEventStreamAsync(request, cancellationToken).ConfigureAwait(false);
        await foreach (var item in read(stream, cancellationToken).ConfigureAwait(false))
            yield return item;
    }

    async Task<EventStream> OpenEventStreamAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var message = request.ToMessage(MediaTypes.EventStream);
        HttpResponseMessage? response = null;
        try
        {
            // Headers only: the body is read event by event, never buffered whole.
            response = await SendAndCheckAsync(message, request.OperationId, cancellationToken).ConfigureAwait(false);
            return await EventStream.StartAsync(response, request.OperationId, JsonSettings, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Stryker disable once Statement : the one path that throws with a response, StartAsync's, has disposed it already.
            response?.Dispose();
            message.Dispose();
            throw;
        }
    }
}
