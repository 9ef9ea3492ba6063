using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using CustomGpt.Streaming;
using Newtonsoft.Json;

namespace CustomGpt;

/// <summary>Conversations of an agent and the messages sent in them, streamed or not.</summary>
public partial interface IConversationsClient
{
    /// <summary>Asks an agent a question in a conversation and yields the answer as the agent writes it.</summary>
    /// <remarks>
    /// The request is sent when enumeration starts. Events come in order: <see cref="MessageStreamStatus.Start"/>
    /// with the prompt, <see cref="MessageStreamStatus.Progress"/> events whose <see cref="MessageStreamEvent.Message"/>
    /// is the text to append, then <see cref="MessageStreamStatus.Finish"/> with the stored message's id, session id and
    /// citations, which ends the enumeration. Each event is yielded as soon as it arrives; leaving the loop early closes
    /// the response.
    /// <code>
    /// await foreach (var e in client.Conversations.SendMessageStreamAsync(agentId, sessionId, new SendMessageRequest { Prompt = "Hi" }))
    ///     if (e.Status == MessageStreamStatus.Progress) Console.Write(e.Message);
    /// </code>
    /// </remarks>
    /// <param name="projectId">Id of the agent.</param>
    /// <param name="sessionId">Session id of the conversation (its session_id UUID, not the numeric id).</param>
    /// <param name="body">The question, with optional overrides for this message.</param>
    /// <param name="lang">Language code for the exchange, e.g. en. Default en.</param>
    /// <param name="externalId">Your own identifier to store with the message; up to 128 characters.</param>
    /// <param name="cancellationToken">Cancels the request and the enumeration.</param>
    /// <returns>The events of the answer, start to finish.</returns>
    /// <exception cref="CustomGptApiException">While enumerating: the API refused the request (a subclass tells the kind,
    /// e.g. <see cref="CustomGptRateLimitException"/> when query credits are used up), reported an error mid-stream, sent data
    /// that is not an event, or ended without a finish event.</exception>
    IAsyncEnumerable<MessageStreamEvent> SendMessageStreamAsync(int projectId, string sessionId, SendMessageRequest body, string? lang = null, string? externalId = null, CancellationToken cancellationToken = default);

    /// <summary>Asks an agent a question with streaming and returns the whole answer once it is finished.</summary>
    /// <remarks>The same exchange as <see cref="SendMessageStreamAsync"/>, gathered: the text of every delta plus what the finish event said.</remarks>
    /// <param name="projectId">Id of the agent.</param>
    /// <param name="sessionId">Session id of the conversation (its session_id UUID, not the numeric id).</param>
    /// <param name="body">The question, with optional overrides for this message.</param>
    /// <param name="lang">Language code for the exchange, e.g. en. Default en.</param>
    /// <param name="externalId">Your own identifier to store with the message; up to 128 characters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer's text, message id, session id, time and citations.</returns>
    /// <exception cref="CustomGptApiException">As for <see cref="SendMessageStreamAsync"/>.</exception>
    Task<StreamedAnswer> SendMessageStreamedAsync(int projectId, string sessionId, SendMessageRequest body, string? lang = null, string? externalId = null, CancellationToken cancellationToken = default);

    /// <summary>Asks an agent a question in the OpenAI chat-completions format and yields the answer's chunks as they arrive.</summary>
    /// <remarks>
    /// The request is sent when enumeration starts, with <c>"stream": true</c> whatever <see cref="ChatCompletionRequest.Stream"/>
    /// says (the object itself is not changed). Each <c>chat.completion.chunk</c> is yielded as soon as it arrives; the text to
    /// append is in <c>Choices[0].Delta.Content</c>. The enumeration ends at <c>[DONE]</c>. Each call starts a new conversation.
    /// </remarks>
    /// <param name="projectId">Id of the agent.</param>
    /// <param name="body">The chat history in OpenAI format; its last user message is the question.</param>
    /// <param name="cancellationToken">Cancels the request and the enumeration.</param>
    /// <returns>The chunks of the answer, up to <c>[DONE]</c>.</returns>
    /// <exception cref="CustomGptApiException">While enumerating: the API refused the request (a subclass tells the kind),
    /// sent an error or data that is not a chunk, or ended without <c>[DONE]</c>.</exception>
    IAsyncEnumerable<ChatCompletionChunk> SendMessageOpenAiStreamAsync(int projectId, ChatCompletionRequest body, CancellationToken cancellationToken = default);

    /// <summary>Asks an agent a question in the OpenAI chat-completions format with streaming and returns the whole answer text.</summary>
    /// <param name="projectId">Id of the agent.</param>
    /// <param name="body">The chat history in OpenAI format; its last user message is the question.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer's text: the content of every chunk, in order.</returns>
    /// <exception cref="CustomGptApiException">As for <see cref="SendMessageOpenAiStreamAsync"/>.</exception>
    Task<string> SendMessageOpenAiStreamedAsync(int projectId, ChatCompletionRequest body, CancellationToken cancellationToken = default);
}

/// <summary>Conversations of an agent and the messages sent in them, streamed or not.</summary>
public partial class ConversationsClient
{
    const string SendMessageOperation = "Conversations_SendMessage";
    const string SendMessageOpenAiOperation = "Conversations_SendMessageOpenAi";

    /// <inheritdoc />
    public virtual IAsyncEnumerable<MessageStreamEvent> SendMessageStreamAsync(int projectId, string sessionId, SendMessageRequest body, string? lang = null, string? externalId = null, CancellationToken cancellationToken = default)
    {
        if (sessionId is null) throw new ArgumentNullException(nameof(sessionId));
        if (body is null) throw new ArgumentNullException(nameof(body));
        var url = ProjectUrl(projectId).Append("/conversations/").Append(Uri.EscapeDataString(sessionId)).Append("/messages?stream=true");
        if (lang is not null) url.Append("&lang=").Append(Uri.EscapeDataString(lang));
        if (externalId is not null) url.Append("&external_id=").Append(Uri.EscapeDataString(externalId));
        // Serialized now: the body sent is the body as it was at the call.
        var json = JsonConvert.SerializeObject(body, JsonSerializerSettings);
        return StreamAsync(url.ToString(), json, SendMessageOperation, MessageEventStream.ReadAsync, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<StreamedAnswer> SendMessageStreamedAsync(int projectId, string sessionId, SendMessageRequest body, string? lang = null, string? externalId = null, CancellationToken cancellationToken = default) =>
        StreamedAnswers.CollectAsync(SendMessageStreamAsync(projectId, sessionId, body, lang, externalId, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public virtual IAsyncEnumerable<ChatCompletionChunk> SendMessageOpenAiStreamAsync(int projectId, ChatCompletionRequest body, CancellationToken cancellationToken = default)
    {
        if (body is null) throw new ArgumentNullException(nameof(body));
        var url = ProjectUrl(projectId).Append("/chat/completions").ToString();
        return StreamAsync(url, StreamingRequestBody.Of(body, JsonSerializerSettings), SendMessageOpenAiOperation, ChatCompletionChunkStream.ReadAsync, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<string> SendMessageOpenAiStreamedAsync(int projectId, ChatCompletionRequest body, CancellationToken cancellationToken = default) =>
        StreamedAnswers.CollectTextAsync(SendMessageOpenAiStreamAsync(projectId, body, cancellationToken), cancellationToken);

    StringBuilder ProjectUrl(int projectId) =>
        new StringBuilder(_baseUrl).Append("api/v1/projects/").Append(projectId.ToString(CultureInfo.InvariantCulture));

    async IAsyncEnumerable<T> StreamAsync<T>(string url, string json, string operationId, Func<EventStream, CancellationToken, IAsyncEnumerable<T>> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = await OpenEventStreamAsync(url, json, operationId, cancellationToken).ConfigureAwait(false);
        await foreach (var item in read(stream, cancellationToken).ConfigureAwait(false))
            yield return item;
    }

    // The generated operations' own hooks, so a stream goes out and fails like every other call:
    // User-Agent and token (allowed hosts only) before, typed exceptions for a non-2xx after.
    async Task<EventStream> OpenEventStreamAsync(string url, string json, string operationId, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.RelativeOrAbsolute))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        HttpResponseMessage? response = null;
        try
        {
            await PrepareRequestAsync(_httpClient, request, url, cancellationToken).ConfigureAwait(false);
            // Headers only: the body is read event by event, never buffered whole.
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            await ProcessResponseAsync(_httpClient, response, cancellationToken).ConfigureAwait(false);
            return await EventStream.StartAsync(response, operationId, JsonSerializerSettings, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response?.Dispose();
            request.Dispose();
            throw;
        }
    }
}
