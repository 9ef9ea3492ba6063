using static CustomGpt.Tests.Streaming.StreamSamples;

namespace CustomGpt.Tests.Streaming;

/// <summary>
/// An error event that gives no message still fails with words of the SDK's own, on both streams;
/// on the OpenAI-format stream, only a "status" of "error" makes a chunk an error.
/// </summary>
public sealed class WordlessErrorTests : IDisposable
{
    readonly SseServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_message_stream_error_without_a_message_says_so()
    {
        _server.Serve(SseServer.MessagesPath, Start, """{"status":"error"}""");

        var e = await Assert.ThrowsAsync<CustomGptApiException>(() => _server.CustomGpt().SendMessageStream().DrainAsync());

        Assert.Equal("the stream reported an error without a message", e.ApiMessage);
    }

    [Fact]
    public async Task A_completion_stream_error_without_a_message_says_so()
    {
        _server.Serve(SseServer.CompletionsPath, """{"status":"error"}""");

        var e = await Assert.ThrowsAsync<CustomGptApiException>(() => _server.CustomGpt().Conversations.SendMessageOpenAiStreamAsync(7, ChatQuestion).DrainAsync());

        Assert.Equal("the stream reported an error without a message", e.ApiMessage);
        Assert.Equal("Conversations_SendMessageOpenAi", e.OperationId);
    }

    [Fact]
    public async Task A_chunk_with_another_status_is_a_chunk()
    {
        _server.Serve(SseServer.CompletionsPath, """{"id":"1","object":"chat.completion.chunk","status":"ok"}""", "[DONE]");

        var chunk = Assert.Single(await _server.CustomGpt().Conversations.SendMessageOpenAiStreamAsync(7, ChatQuestion).DrainAsync());

        Assert.Equal("1", chunk.Id);
    }
}
