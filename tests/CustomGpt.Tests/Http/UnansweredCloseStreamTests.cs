using System.Text;
using CustomGpt.Http;
using CustomGpt.Tests.Reliability;

namespace CustomGpt.Tests.Http;

/// <summary>
/// The connection's stream: an end after a request went out and before any byte of its answer is a
/// failure, named; an end after the answer began is the ordinary end; and reads never resume on the
/// caller's context.
/// </summary>
public class UnansweredCloseStreamTests
{
    static readonly byte[] Request = Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\n\r\n");
    static readonly byte[] Answer = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\n\r\n");

    /// <summary>A connection whose writes land in <see cref="Sent"/> and whose reads give <paramref name="answer"/>, then the end.</summary>
    sealed class Connection(byte[] answer) : MemoryStream(answer)
    {
        public MemoryStream Sent { get; } = new();
        public override void Write(ReadOnlySpan<byte> buffer) => Sent.Write(buffer);
        public override void Write(byte[] buffer, int offset, int count) => Sent.Write(buffer, offset, count);
    }

    [Fact]
    public void A_connection_closed_before_any_byte_of_the_answer_fails_as_an_ended_response()
    {
        using var stream = new UnansweredCloseStream(new Connection([]));
        stream.Write(Request.AsSpan());
        var e = Assert.Throws<HttpIOException>(() => stream.Read(new byte[16], 0, 16));
        Assert.Equal(HttpRequestError.ResponseEnded, e.HttpRequestError);
        Assert.StartsWith("The server closed the connection without answering the request.", e.Message);
    }

    [Fact]
    public void A_request_written_synchronously_reaches_the_connection_whole()
    {
        var connection = new Connection([]);
        using var stream = new UnansweredCloseStream(connection);
        stream.Write(Request.AsSpan());
        Assert.Equal(Request, connection.Sent.ToArray());
    }

    [Fact]
    public void An_empty_write_is_no_request_so_the_end_that_follows_is_ordinary()
    {
        using var stream = new UnansweredCloseStream(new Connection([]));
        stream.Write(ReadOnlySpan<byte>.Empty);
        Assert.Equal(0, stream.Read(new byte[16], 0, 16));
    }

    [Fact]
    public async Task The_end_after_the_answer_began_is_the_ordinary_end_of_the_stream()
    {
        using var stream = new UnansweredCloseStream(new Connection(Answer));
        await stream.WriteAsync(Request.AsMemory());
        var read = new byte[64];
        Assert.Equal(Answer.Length, await stream.ReadAsync(read.AsMemory()));
        Assert.Equal(0, await stream.ReadAsync(read.AsMemory()));
        Assert.Equal(0, stream.Read(read, 0, read.Length));
    }

    [Fact]
    public void The_stream_does_not_seek()
    {
        using var stream = new UnansweredCloseStream(new Connection(Answer));
        Assert.False(stream.CanSeek);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public async Task A_late_read_into_memory_never_resumes_on_the_callers_context()
    {
        var context = new CountingContext();
        using var stream = new UnansweredCloseStream(new LateStream(context, Answer));
        var read = new byte[64];
        Assert.Equal(Answer.Length, await context.Run(() => stream.ReadAsync(read.AsMemory()).AsTask()));
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task A_late_read_into_an_array_never_resumes_on_the_callers_context()
    {
        var context = new CountingContext();
        using var stream = new UnansweredCloseStream(new LateStream(context, Answer));
        var read = new byte[64];
        Assert.Equal(Answer.Length, await context.Run(() => stream.ReadAsync(read, 0, read.Length)));
        Assert.Equal(0, context.Posts);
    }
}
