using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CustomGpt.Json;
using CustomGpt.Streaming;

namespace CustomGpt.Tests.Streaming;

/// <summary>
/// The event stream on its own: a JSON answer where events were asked for, an event's data that is
/// not one JSON value (or is null), a connection that breaks mid-stream, and a cancellation that
/// closes the response under a read, each as the typed error (or cancellation) a caller expects.
/// </summary>
public class EventStreamTests
{
    const string Key = "Bearer sk-0123456789abcdef";

    static HttpResponseMessage Answer(HttpContent content, string mediaType)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        var request = new HttpRequestMessage(HttpMethod.Post, "https://api.test/stream");
        request.Headers.TryAddWithoutValidation("Authorization", Key);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }

    static Task<EventStream> Start(HttpResponseMessage response) =>
        EventStream.StartAsync(response, "Stream_Op", CustomGptJson.CreateSettings(), CancellationToken.None);

    [Fact]
    public async Task A_json_answer_without_a_message_says_it_is_not_an_event_stream_and_hides_an_echoed_key()
    {
        var response = Answer(new StringContent("""{"echo":"sk-0123456789abcdef"}"""), "application/json");

        var e = await Assert.ThrowsAsync<CustomGptApiException>(() => Start(response));

        Assert.Equal("the API answered with JSON, not an event stream", e.ApiMessage);
        Assert.Equal("Stream_Op", e.OperationId);
        Assert.DoesNotContain("sk-0123456789abcdef", e.ResponseBody);
    }

    [Fact]
    public async Task Data_with_more_than_one_json_value_is_an_error()
    {
        var stream = await Start(Answer(new StringContent(""), "text/event-stream"));

        var e = Assert.Throws<CustomGptApiException>(() => stream.Read<ChatCompletionChunk>("""{"id":"1"} {"id":"2"}"""));

        Assert.StartsWith("an event's data is not the JSON expected: ", e.ApiMessage);
        Assert.Equal("Stream_Op", e.OperationId);
    }

    [Fact]
    public async Task Data_that_is_null_is_an_error()
    {
        var stream = await Start(Answer(new StringContent(""), "text/event-stream"));

        var e = Assert.Throws<CustomGptApiException>(() => stream.Read<ChatCompletionChunk>("null"));

        Assert.Equal("an event carried no data", e.ApiMessage);
        Assert.Equal("null", e.ResponseBody);
    }

    [Fact]
    public async Task A_connection_that_breaks_mid_stream_is_a_connection_error_naming_the_operation()
    {
        var body = new FailingStream(Encoding.UTF8.GetBytes("data: one\n\n"), () => new IOException("reset by peer sk-0123456789abcdef"));
        var stream = await Start(Answer(new StreamContent(body), "text/event-stream"));
        var seen = new List<string>();

        var e = await Assert.ThrowsAsync<CustomGptConnectionException>(async () =>
        {
            await foreach (var data in stream.ReadDataAsync(CancellationToken.None)) seen.Add(data);
        });

        Assert.Equal(["one"], seen);
        Assert.Equal(0, e.StatusCode);
        Assert.Equal("Stream_Op", e.OperationId);
        Assert.Equal("the event stream broke off: reset by peer [REDACTED]", e.ApiMessage);
        Assert.IsType<IOException>(e.InnerException);
    }

    [Fact]
    public async Task A_read_that_fails_because_cancellation_closed_the_response_is_a_cancellation()
    {
        var body = new FailingStream([], () => new ObjectDisposedException("body"), waitForDispose: true);
        var stream = await Start(Answer(new StreamContent(body), "text/event-stream"));
        using var cancel = new CancellationTokenSource();

        var reading = Task.Run(async () =>
        {
            await foreach (var _ in stream.ReadDataAsync(cancel.Token)) { }
        });
        await body.Waiting.Task.WaitAsync(StreamSamples.Guard);
        cancel.Cancel();

        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(StreamSamples.Guard));
        Assert.Equal("The event stream was cancelled.", e.Message);
        Assert.IsType<ObjectDisposedException>(e.InnerException);
        Assert.Equal(cancel.Token, e.CancellationToken);
    }

    /// <summary>
    /// Gives <c>prefix</c>, then fails: at once, or (as older HTTP stacks do, ignoring the token) only
    /// when disposed under a waiting read.
    /// </summary>
    sealed class FailingStream(byte[] prefix, Func<Exception> failure, bool waitForDispose = false) : MemoryStream(prefix)
    {
        readonly TaskCompletionSource<int> _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = Read(buffer.Span);
            if (n > 0) return n;
            if (!waitForDispose) throw failure();
            Waiting.TrySetResult();
            await _disposed.Task.ConfigureAwait(false);
            throw failure();
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        protected override void Dispose(bool disposing)
        {
            _disposed.TrySetResult(0);
            base.Dispose(disposing);
        }
    }
}
