#if NET8_0_OR_GREATER
namespace CustomGpt.Http;

/// <summary>
/// Wraps each connection's stream so that a connection closed after a request went out and before
/// any byte of its answer fails as an ordinary <see cref="HttpIOException"/>. Left to itself,
/// SocketsHttpHandler sees that end as a server shutting an idle connection and quietly sends a
/// body-less request again, up to three more times: requests on the wire that the SDK cannot see,
/// count or delay, stacked on its own retries (4 per attempt, 12 for a call of 3 attempts). Its
/// resend is decided by the zero-byte read alone, so failing that read leaves every retry to the
/// SDK's loop, where MaxAttempts counts requests on the wire.
/// </summary>
internal sealed class UnansweredCloseStream(Stream inner) : Stream
{
    // Set by every write of a request, cleared by the first byte of an answer.
    volatile bool _awaitingAnswer;

    public static ValueTask<Stream> Filter(SocketsHttpPlaintextStreamFilterContext context, CancellationToken cancellationToken) =>
        new(new UnansweredCloseStream(context.PlaintextStream));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Seen(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false), buffer.Length);

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Seen(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false), count);

    public override int Read(Span<byte> buffer) => Seen(inner.Read(buffer), buffer.Length);

    public override int Read(byte[] buffer, int offset, int count) => Seen(inner.Read(buffer, offset, count), count);

    int Seen(int read, int asked)
    {
        // A zero-byte read is the runtime waiting for data, not the end of the stream.
        if (asked == 0) return read;
        if (read > 0) _awaitingAnswer = false;
        else if (_awaitingAnswer) throw new HttpIOException(HttpRequestError.ResponseEnded, "The server closed the connection without answering the request.");
        return read;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!buffer.IsEmpty) _awaitingAnswer = true;
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!buffer.IsEmpty) _awaitingAnswer = true;
        inner.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        // Stryker disable once Statement : Stream.Dispose(bool) does nothing of its own; the call is there for form.
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();

    public override bool CanRead => inner.CanRead;
    public override bool CanWrite => inner.CanWrite;
    public override bool CanSeek => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
#endif
