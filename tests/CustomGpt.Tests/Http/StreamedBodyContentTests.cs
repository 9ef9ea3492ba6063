using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CustomGpt.Http;
using CustomGpt.Tests.Reliability;

namespace CustomGpt.Tests.Http;

/// <summary>
/// The guards around a body read after its call returned (a stream of events, a downloaded file):
/// each failure worded with the operation, the right status and no key; the limit on one event for
/// event streams only; the silence limit; the body's disposal; and no resuming on the caller's context.
/// </summary>
public class StreamedBodyContentTests
{
    const string Operation = "Files_Download";
    static readonly TimeSpan Patient = TimeSpan.FromSeconds(30);

    /// <summary>A 200 answer to a request that carried the test key, its body guarded as the retry handler does.</summary>
    static HttpResponseMessage Guarded(HttpContent body, TimeSpan? idle = null, int maxEventBytes = 1024)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/api/v1/file");
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {TestKeys.ApiKey}");
        RequestContext.SetOperation(request, Operation, expectsJson: false);
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = body, RequestMessage = request };
        StreamedBodyContent.Guard(response, idle ?? Patient, maxEventBytes);
        return response;
    }

    static StreamContent Body(Stream stream, string? mediaType)
    {
        var content = new StreamContent(stream);
        if (mediaType is not null) content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    static async Task<byte[]> ReadAllAsync(HttpResponseMessage response)
    {
        using var body = await response.Content.ReadAsStreamAsync();
        var copy = new MemoryStream();
        await body.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task A_file_download_is_not_held_to_the_size_of_one_event()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('x', 200));
        using var response = Guarded(Body(new MemoryStream(bytes), "application/octet-stream"), maxEventBytes: 16);
        Assert.Equal(bytes, await ReadAllAsync(response));
    }

    [Fact]
    public async Task An_event_longer_than_the_limit_fails_with_the_answers_status_and_the_limit_named()
    {
        var bytes = Encoding.ASCII.GetBytes("data: " + new string('x', 200) + "\n\n");
        using var response = Guarded(Body(new MemoryStream(bytes), "text/event-stream"), maxEventBytes: 16);
        var e = await Assert.ThrowsAsync<CustomGptApiException>(() => ReadAllAsync(response));
        Assert.Equal(200, e.StatusCode);
        Assert.Equal(Operation, e.OperationId);
        Assert.Equal("an event of the stream is longer than MaxStreamEventBytes (16 bytes)", e.ApiMessage);
    }

    public static TheoryData<Exception> Breaks => new() { new IOException("reset by peer"), new HttpRequestException("reset by peer") };

    [Theory]
    [MemberData(nameof(Breaks))]
    public async Task A_body_that_breaks_off_is_a_connection_failure_without_a_status(Exception broken)
    {
        using var response = Guarded(Body(new FailingStream(broken), "text/event-stream"));
        var e = await Assert.ThrowsAsync<CustomGptConnectionException>(() => ReadAllAsync(response));
        Assert.Equal(0, e.StatusCode);
        Assert.Equal(Operation, e.OperationId);
        Assert.Equal("the response body broke off: reset by peer", e.ApiMessage);
        Assert.Same(broken, e.InnerException);
    }

    [Fact]
    public async Task The_key_a_broken_body_echoes_is_scrubbed_from_the_failure()
    {
        using var response = Guarded(Body(new FailingStream(new IOException($"bad token {TestKeys.ApiKey}")), null));
        var e = await Assert.ThrowsAsync<CustomGptConnectionException>(() => ReadAllAsync(response));
        Assert.Equal($"the response body broke off: bad token {SecretText.Mask}", e.ApiMessage);
        Assert.DoesNotContain(TestKeys.ApiKey, e.Message);
        Assert.DoesNotContain("fake-test-key", e.ToString());
    }

    [Fact]
    public async Task A_body_that_does_not_decode_fails_with_the_answers_status_and_its_encoding()
    {
        var body = Body(new FailingStream(new InvalidDataException("not gzip")), null);
        body.Headers.ContentEncoding.Add("gzip");
        using var response = Guarded(body);
        var e = await Assert.ThrowsAsync<CustomGptApiException>(() => ReadAllAsync(response));
        Assert.Equal(200, e.StatusCode);
        Assert.Equal(Operation, e.OperationId);
        Assert.Equal("the response body could not be decoded as gzip: not gzip", e.ApiMessage);
        Assert.IsType<InvalidDataException>(e.InnerException);
    }

    [Fact]
    public async Task Silence_past_StreamIdleTimeout_is_a_timeout_without_a_status()
    {
        var idle = TimeSpan.FromMilliseconds(30);
        using var response = Guarded(Body(new SilentStream(), "text/event-stream"), idle);
        using var body = await response.Content.ReadAsStreamAsync();
        var e = await Assert.ThrowsAsync<CustomGptTimeoutException>(() => body.ReadAsync(new byte[16], 0, 16).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, e.StatusCode);
        Assert.Equal(Operation, e.OperationId);
        Assert.Equal(idle, e.Elapsed);
        Assert.Equal("no data came for 0.03 s while reading the response body (StreamIdleTimeout)", e.ApiMessage);
        Assert.IsAssignableFrom<OperationCanceledException>(e.InnerException);
    }

    [Fact]
    public async Task The_callers_cancellation_ends_a_silent_read_as_a_cancellation()
    {
        using var response = Guarded(Body(new SilentStream(), "text/event-stream"));
        using var body = await response.Content.ReadAsStreamAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => body.ReadAsync(new byte[16], 0, 16, cancel.Token).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_stream_that_fails_as_the_caller_cancels_is_not_worded_as_a_broken_connection()
    {
        // Older HTTP stacks end a read the caller cancelled by closing the stream: an IOException.
        using var response = Guarded(Body(new SilentStream(onCancel: new IOException("closed")), "text/event-stream"));
        using var body = await response.Content.ReadAsStreamAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        var e = await Assert.ThrowsAsync<IOException>(() => body.ReadAsync(new byte[16], 0, 16, cancel.Token).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("closed", e.Message);
    }

    [Fact]
    public void The_length_of_a_streamed_body_is_unknown()
    {
        using var response = Guarded(Body(new SilentStream(), "text/event-stream"));
        Assert.Null(response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task The_body_reads_forward_only_and_closing_it_closes_the_connections_stream()
    {
        var source = new TrackedStream(Encoding.ASCII.GetBytes("abc"));
        using var response = Guarded(Body(source, "text/event-stream"));
        var body = await response.Content.ReadAsStreamAsync();
        Assert.True(body.CanRead);
        Assert.False(body.CanSeek);
        Assert.False(body.CanWrite);
        body.Dispose();
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task Disposing_the_answer_disposes_the_body_it_wraps_and_no_read_follows()
    {
        var original = new TrackedContent(Encoding.ASCII.GetBytes("abc"));
        var response = Guarded(original);
        var content = response.Content;
        await content.ReadAsStreamAsync();
        response.Dispose();
        Assert.True(original.Disposed);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => content.ReadAsStreamAsync());
    }

    [Fact]
    public async Task A_read_into_memory_not_backed_by_an_array_gets_the_bytes()
    {
        var bytes = Encoding.ASCII.GetBytes("data: one\n\ndata: two\n\n");
        using var response = Guarded(Body(new MemoryStream(bytes), "text/event-stream"));
        using var body = await response.Content.ReadAsStreamAsync();
        using var native = new UnpinnedMemory(64);
        var read = await body.ReadAsync(native.Memory);
        Assert.Equal(bytes, native.Memory[..read].ToArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Copying_the_body_out_never_resumes_on_the_callers_context(bool opensLate)
    {
        // Either the body's stream opens late (the first await waiting is the opening's) or its reads come late.
        var context = new CountingContext();
        var bytes = Encoding.ASCII.GetBytes("data: one\n\n");
        using var response = Guarded(opensLate ? new LateOpeningContent(context, bytes) : Body(new LateStream(context, bytes), "text/event-stream"));
        var copy = new MemoryStream();
        await context.Run(() => response.Content.CopyToAsync(copy));
        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task Opening_the_body_never_resumes_on_the_callers_context()
    {
        var context = new CountingContext();
        var bytes = Encoding.ASCII.GetBytes("data: one\n\n");
        using var response = Guarded(new LateOpeningContent(context, bytes));
        using var body = await context.Run(() => response.Content.ReadAsStreamAsync(CancellationToken.None));
        Assert.Equal(0, context.Posts);
        var read = new byte[64];
        Assert.Equal(bytes.Length, await body.ReadAsync(read, 0, read.Length));
    }

    [Fact]
    public async Task A_late_read_into_memory_not_backed_by_an_array_never_resumes_on_the_callers_context()
    {
        var context = new CountingContext();
        var bytes = Encoding.ASCII.GetBytes("data: one\n\n");
        using var response = Guarded(Body(new LateStream(context, bytes), "text/event-stream"));
        using var body = await response.Content.ReadAsStreamAsync();
        using var native = new UnpinnedMemory(64);
        var read = await context.Run(() => body.ReadAsync(native.Memory).AsTask());
        Assert.Equal(bytes, native.Memory[..read].ToArray());
        Assert.Equal(0, context.Posts);
    }

    /// <summary>A body whose every read fails with <paramref name="failure"/>.</summary>
    sealed class FailingStream(Exception failure) : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw failure;
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromException<int>(failure);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromException<int>(failure);
    }

    /// <summary>A body that never sends a byte: a read ends only when its token is cancelled, then as cancelled or with <paramref name="onCancel"/>.</summary>
    sealed class SilentStream(Exception? onCancel = null) : MemoryStream
    {
        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            try { await Task.Delay(Timeout.Infinite, cancellationToken); }
            catch (OperationCanceledException) when (onCancel is not null) { throw onCancel; }
            return 0;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            new(ReadAsync([], 0, 0, cancellationToken));

        // A network stream: its length is not known beforehand.
        public override bool CanSeek => false;
    }

    sealed class TrackedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    sealed class TrackedContent(byte[] bytes) : StreamContent(new MemoryStream(bytes))
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    /// <summary>A body whose stream opens a moment later, from the caller's context (a connection still handing it over).</summary>
    sealed class LateOpeningContent(CountingContext context, byte[] bytes) : HttpContent
    {
        protected override Task<Stream> CreateContentReadStreamAsync() => context.Later<Stream>(new MemoryStream(bytes));
        protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => CreateContentReadStreamAsync();
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? transport) => stream.WriteAsync(bytes, 0, bytes.Length);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>Memory that no array backs, as a caller's native buffer would be.</summary>
    sealed class UnpinnedMemory(int length) : MemoryManager<byte>
    {
        readonly byte[] _bytes = new byte[length];

        public override Span<byte> GetSpan() => _bytes;
        public override MemoryHandle Pin(int elementIndex = 0) => throw new NotSupportedException();
        public override void Unpin() { }
        protected override void Dispose(bool disposing) { }
    }
}
