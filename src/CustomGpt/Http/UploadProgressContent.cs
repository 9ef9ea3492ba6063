using System.Net;

namespace CustomGpt.Http;

/// <summary>
/// A request body that reports each piece of it written to the network. The retry handler uses it
/// to restart the attempt's clock while an upload is flowing, so that
/// <see cref="CustomGptClientOptions.AttemptTimeout"/> measures silence and the wait for the answer,
/// not the time a large file takes to go out. It never disposes the content it wraps, which stays
/// the request's own.
/// </summary>
internal sealed class UploadProgressContent : HttpContent
{
    readonly HttpContent _inner;
    readonly Action _onProgress;

    public UploadProgressContent(HttpContent inner, Action onProgress)
    {
        _inner = inner;
        _onProgress = onProgress;
        HeaderCopy.CopyTo(inner.Headers, Headers);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        _inner.CopyToAsync(new ProgressStream(stream, _onProgress), context);

#if NET5_0_OR_GREATER
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        _inner.CopyToAsync(new ProgressStream(stream, _onProgress), context, cancellationToken);
#endif

    protected override bool TryComputeLength(out long length)
    {
        var known = _inner.Headers.ContentLength;
        length = known ?? 0;
        return known is not null;
    }

    sealed class ProgressStream(Stream inner, Action onProgress) : Stream
    {
        public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            await inner.WriteAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
            onProgress();
        }

#if NET5_0_OR_GREATER
        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            onProgress();
        }
#endif

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            onProgress();
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override void Flush() => inner.Flush();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
