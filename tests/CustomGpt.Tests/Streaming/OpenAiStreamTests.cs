using Newtonsoft.Json.Linq;
using static CustomGpt.Tests.Streaming.StreamSamples;

namespace CustomGpt.Tests.Streaming;

/// <summary>The OpenAI-format stream: chunks up to [DONE], forced streaming, CustomGPT errors.</summary>
public sealed class OpenAiStreamTests : IDisposable
{
    readonly SseServer _server = new();

    public void Dispose() => _server.Dispose();

    IAsyncEnumerable<ChatCompletionChunk> Stream(ChatCompletionRequest? body = null) =>
        _server.CustomGpt().Conversations.SendMessageOpenAiStreamAsync(7, body ?? ChatQuestion);

    [Fact]
    public async Task Chunks_are_yielded_until_done_and_nothing_after_it_is_read()
    {
        _server.Serve(SseServer.CompletionsPath, Chunk("Hel"), Chunk("lo!"), Chunk("", "stop"), "[DONE]", "not read: the stream is over");

        var chunks = await Stream().DrainAsync();

        Assert.Equal(3, chunks.Count);
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.Object));
        Assert.Equal("Hello!", string.Concat(chunks.Select(c => c.Choices![0].Delta!.Content)));
        Assert.Equal("stop", chunks[^1].Choices![0].FinishReason);
    }

    [Fact]
    public async Task Gathering_the_stream_as_a_caller_would_gives_the_whole_text()
    {
        // What the removed SendMessageOpenAiStreamedAsync did, written with the public stream alone.
        _server.Serve(SseServer.CompletionsPath, Chunk("Hel"), Chunk("lo!"), Chunk("", "stop"), "[DONE]");

        var text = new System.Text.StringBuilder();
        await foreach (var chunk in _server.CustomGpt().Conversations.SendMessageOpenAiStreamAsync(7, ChatQuestion))
            if (chunk.Choices is [{ Delta.Content: { } content }, ..]) text.Append(content);

        Assert.Equal("Hello!", text.ToString());
    }

    [Fact]
    public async Task The_request_forces_streaming_and_leaves_the_callers_object_unchanged()
    {
        _server.Serve(SseServer.CompletionsPath, Chunk("Hi"), "[DONE]");
        var question = ChatQuestion;

        await Stream(question).DrainAsync();

        Assert.False(question.Stream);
        var request = _server.ReceivedRequest;
        Assert.Equal(SseServer.CompletionsPath, request.Path);
        Assert.Contains(request.Headers!, h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase) && h.Value.Single() == $"Bearer {TestKeys.ApiKey}");
        Assert.Contains(request.Headers!, h => h.Key.Equals("Accept", StringComparison.OrdinalIgnoreCase) && h.Value.Single() == "text/event-stream");
        var expected = JObject.Parse("""{"messages":[{"role":"user","content":"Say hello"}],"stream":true}""");
        Assert.True(JToken.DeepEquals(expected, JObject.Parse(request.Body!)), request.Body);
    }

    [Fact]
    public async Task A_stream_that_ends_without_done_throws()
    {
        _server.Serve(SseServer.CompletionsPath, Chunk("Hel"));

        var seen = new List<ChatCompletionChunk>();
        var error = await Assert.ThrowsAsync<CustomGptApiException>(() => Stream().DrainAsync(seen));

        Assert.Contains("[DONE]", error.Message);
        Assert.Equal("Conversations_SendMessageOpenAi", error.OperationId);
        Assert.Single(seen);
    }

    [Fact]
    public async Task An_error_envelope_in_the_stream_throws_the_exception_of_its_code()
    {
        _server.Serve(SseServer.CompletionsPath, Chunk("Hel"), """{"status":"error","data":{"code":500,"message":"Something went wrong"}}""");

        var error = await Assert.ThrowsAsync<CustomGptServerException>(() => Stream().DrainAsync());

        Assert.Equal("Something went wrong", error.ApiMessage);
    }

    [Fact]
    public async Task A_refusal_before_the_stream_throws_the_exception_of_its_status()
    {
        _server.Answer(SseServer.CompletionsPath, 429, """{"status":"error","data":{"code":429,"message":"You have used up your query credits"}}""");

        var error = await Assert.ThrowsAsync<CustomGptRateLimitException>(() => Stream().DrainAsync());

        Assert.Equal("You have used up your query credits", error.ApiMessage);
        Assert.Equal("Conversations_SendMessageOpenAi", error.OperationId);
    }
}
