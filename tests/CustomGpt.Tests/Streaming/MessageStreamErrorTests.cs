using Newtonsoft.Json;
using static CustomGpt.Tests.Streaming.StreamSamples;

namespace CustomGpt.Tests.Streaming;

/// <summary>Every way a streamed message can fail ends in a typed exception naming the operation.</summary>
public sealed class MessageStreamErrorTests : IDisposable
{
    readonly SseServer _server = new();

    public void Dispose() => _server.Dispose();

    async Task<(T Error, List<MessageStreamEvent> Seen)> FailingStream<T>() where T : CustomGptApiException
    {
        var seen = new List<MessageStreamEvent>();
        var error = await Assert.ThrowsAsync<T>(() => _server.CustomGpt().SendMessageStream().DrainAsync(seen));
        Assert.Equal("Conversations_SendMessage", error.OperationId);
        return (error, seen);
    }

    [Fact]
    public async Task An_error_event_with_an_api_code_throws_the_exception_of_that_code()
    {
        _server.Serve(SseServer.MessagesPath, Start, Hel, """{"status":"error","data":{"code":429,"message":"You have used up your query credits"}}""", Finish);

        var (error, seen) = await FailingStream<CustomGptRateLimitException>();

        Assert.Equal("You have used up your query credits", error.ApiMessage);
        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public async Task An_error_event_with_only_a_message_throws_with_that_message()
    {
        _server.Serve(SseServer.MessagesPath, Start, """{"status":"error","message":"The model is overloaded"}""");

        var (error, _) = await FailingStream<CustomGptApiException>();

        Assert.Equal("The model is overloaded", error.ApiMessage);
        Assert.Contains("The model is overloaded", error.Message);
    }

    [Fact]
    public async Task A_stream_that_ends_without_its_finish_event_throws()
    {
        _server.Serve(SseServer.MessagesPath, Start, Hel);

        var (error, seen) = await FailingStream<CustomGptApiException>();

        Assert.Contains("finish", error.Message);
        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public async Task Data_that_is_not_json_throws_the_sdk_exception_not_the_parser_one()
    {
        _server.Serve(SseServer.MessagesPath, Start, "Hello there");

        var (error, _) = await FailingStream<CustomGptApiException>();

        Assert.IsType<JsonReaderException>(error.InnerException);
        Assert.Equal("Hello there", error.ResponseBody);
    }

    [Fact]
    public async Task A_refusal_before_the_stream_throws_the_exception_of_its_status()
    {
        _server.Answer(SseServer.MessagesPath, 429, """{"status":"error","url":"https://app.customgpt.ai/api/v1/projects/7/conversations/abc-123/messages","data":{"code":429,"message":"You have used up your query credits"}}""");

        var (error, seen) = await FailingStream<CustomGptRateLimitException>();

        Assert.Equal(429, error.StatusCode);
        Assert.Equal("You have used up your query credits", error.ApiMessage);
        Assert.Empty(seen);
    }

    [Fact]
    public async Task A_json_error_body_with_a_success_status_throws_the_exception_of_its_code()
    {
        _server.Answer(SseServer.MessagesPath, 200, """{"status":"error","data":{"code":401,"message":"API Token is invalid"}}""");

        var (error, _) = await FailingStream<CustomGptAuthenticationException>();

        Assert.Equal("API Token is invalid", error.ApiMessage);
    }
}
