using System.IO.Compression;
using System.Net;
using System.Text;
using CustomGpt.Http;

namespace CustomGpt.Tests.Http;

/// <summary>Which answers the pipeline reads whole, and what a buffered answer keeps of the original.</summary>
public class ResponseBodiesTests
{
    static HttpResponseMessage Answer(string? mediaType, string body = """{"status":"success"}""", HttpStatusCode status = HttpStatusCode.OK)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (mediaType is not null) content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        return new HttpResponseMessage(status) { Content = content };
    }

    static HttpRequestMessage Prepared(bool expectsJson)
    {
        var request = new SdkRequestMessage(HttpMethod.Get, new Uri("https://api.test/p"));
        RequestContext.SetOperation(request, "Agents_Get", expectsJson);
        return request;
    }

    [Theory]
    [InlineData("text/event-stream", true)]
    [InlineData("TEXT/Event-Stream; charset=utf-8", true)]
    [InlineData("application/json", false)]
    [InlineData("text/event-streams", false)]
    [InlineData(null, false)]
    public void An_event_stream_is_known_by_its_media_type(string? mediaType, bool eventStream)
    {
        using var response = Answer(mediaType);
        Assert.Equal(eventStream, ResponseBodies.IsEventStream(response));
    }

    [Fact]
    public void An_answer_without_content_is_no_event_stream()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = null };
        Assert.False(ResponseBodies.IsEventStream(response));
    }

    [Theory]
    [InlineData(true, "application/json", true)]
    [InlineData(true, null, true)]
    [InlineData(true, "text/event-stream", false)]
    [InlineData(false, "application/json", false)]
    public void Only_a_JSON_call_answered_with_something_else_than_events_is_read_whole(bool expectsJson, string? mediaType, bool buffered)
    {
        using var request = Prepared(expectsJson);
        using var response = Answer(mediaType);
        Assert.Equal(buffered, ResponseBodies.ShouldBuffer(request, response));
    }

    [Fact]
    public void A_request_the_SDK_did_not_prepare_is_never_read_whole()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/p");
        using var response = Answer("application/json");
        Assert.False(ResponseBodies.ShouldBuffer(request, response));
    }

    [Fact]
    public async Task A_buffered_answer_keeps_its_bytes_and_every_content_header_and_lets_the_original_go()
    {
        var original = new TrackedContent("""{"status":"success","data":{"id":1}}""");
        original.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        original.Headers.TryAddWithoutValidation("Content-Language", "en");
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = original };

        await ResponseBodies.BufferAsync(response, 1024, default);

        Assert.IsType<PooledBodyContent>(response.Content);
        Assert.True(original.Disposed);
        Assert.Equal("""{"status":"success","data":{"id":1}}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.NonValidated["Content-Type"].ToString());
        Assert.Equal("en", response.Content.Headers.NonValidated["Content-Language"].ToString());
    }

    [Fact]
    public async Task A_body_past_the_limit_fails_and_one_that_is_not_what_its_encoding_says_is_named()
    {
        using var large = Answer("application/json", new string(' ', 2048));
        await Assert.ThrowsAsync<ResponseTooLargeException>(() => ResponseBodies.BufferAsync(large, 1024, default));

        using var notGzip = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new GZipStream(new MemoryStream(Encoding.UTF8.GetBytes("plain text, not gzip")), CompressionMode.Decompress)) };
        notGzip.Content.Headers.TryAddWithoutValidation("Content-Encoding", "gzip");
        var e = await Assert.ThrowsAsync<UndecodableBodyException>(() => ResponseBodies.BufferAsync(notGzip, 1024, default));
        Assert.Equal("the response body could not be decoded as gzip: " + e.InnerException!.Message, e.Message);
    }

    [Fact]
    public async Task An_error_body_is_kept_up_to_64_KB()
    {
        var body = new string('x', ResponseBodies.ErrorBodyBytes + 500);
        using var response = Answer("text/html", body, HttpStatusCode.BadGateway);
        await ResponseBodies.BufferErrorStartAsync(response, default);
        Assert.Equal(body[..ResponseBodies.ErrorBodyBytes], await response.Content.ReadAsStringAsync());
        Assert.Equal(65536, ResponseBodies.ErrorBodyBytes);
    }

    [Fact]
    public async Task An_error_body_that_breaks_off_leaves_an_empty_body_not_a_failure()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StreamContent(new FailingStream()) };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "text/html");
        await ResponseBodies.BufferErrorStartAsync(response, default);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/html", response.Content.Headers.NonValidated["Content-Type"].ToString());
    }

    [Fact]
    public async Task A_cancelled_error_read_stays_a_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var response = Answer("text/html", "bad gateway", HttpStatusCode.BadGateway);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ResponseBodies.BufferErrorStartAsync(response, cancelled.Token));
    }

    [Fact]
    public void A_decoding_failure_is_told_apart_from_a_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.True(UndecodableBodyException.IsDecodingFailure(new InvalidDataException(), default));
        Assert.True(UndecodableBodyException.IsDecodingFailure(new InvalidOperationException(), default));
        Assert.False(UndecodableBodyException.IsDecodingFailure(new IOException(), default));
        Assert.False(UndecodableBodyException.IsDecodingFailure(new InvalidDataException(), cancelled.Token));
        Assert.Equal("the response body could not be decoded: bad", new UndecodableBodyException([], new Exception("bad")).Message);
        Assert.Equal("the response body could not be decoded as br, gzip: bad", new UndecodableBodyException(["br", "gzip"], new Exception("bad")).Message);
    }

    /// <summary>A connection that breaks before the first byte.</summary>
    sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("connection reset");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(new IOException("connection reset"));
    }

    sealed class TrackedContent(string text) : HttpContent
    {
        readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

        public bool Disposed { get; private set; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes, 0, _bytes.Length);

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
