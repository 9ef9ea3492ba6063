using System.Buffers;
using System.Net;

namespace CustomGpt.Http;

/// <summary>
/// A response body read whole into a buffer rented from the shared pool, given back when the
/// response is disposed: reading a JSON answer inside its attempt costs no second copy of it.
/// </summary>
internal sealed class PooledBodyContent : HttpContent
{
    byte[]? _buffer;
    readonly int _length;

    PooledBodyContent(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>Reads <paramref name="body"/> to its end; <paramref name="expectedLength"/> sizes the first rental.</summary>
    public static async Task<PooledBodyContent> ReadAsync(Stream body, long? expectedLength, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(expectedLength is > 0 and < int.MaxValue ? (int)expectedLength.Value + 1 : 16 * 1024);
        var length = 0;
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length < buffer.Length) continue;
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                Buffer.BlockCopy(buffer, 0, larger, 0, length);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            return new PooledBodyContent(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Rented(), 0, _length);

    protected override Task<Stream> CreateContentReadStreamAsync() =>
        Task.FromResult<Stream>(new MemoryStream(Rented(), 0, _length, writable: false));

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer) ArrayPool<byte>.Shared.Return(buffer);
        base.Dispose(disposing);
    }

    /// <summary>The body as UTF-8 text, for the error path: an answer that could not be read may still say why.</summary>
    public string Text() => System.Text.Encoding.UTF8.GetString(Rented(), 0, _length);

    byte[] Rented() => _buffer ?? throw new ObjectDisposedException(nameof(PooledBodyContent));
}
