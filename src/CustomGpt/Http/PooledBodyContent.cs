using System.Buffers;
using System.Net;

namespace CustomGpt.Http;

/// <summary>
/// A response body read whole into a buffer rented from the shared pool, given back when the
/// response is disposed: reading a JSON answer inside its attempt costs no second copy of it.
/// </summary>
internal sealed class PooledBodyContent : HttpContent
{
    // A declared Content-Length sizes the first rental only up to this: the server's word costs at
    // most this much before its bytes arrive. Beyond it the buffer doubles as bytes come in.
    const int MaxTrustedLength = 64 * 1024;
    const int DefaultFirstRental = 16 * 1024;

    byte[]? _buffer;
    readonly int _length;

    PooledBodyContent(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>
    /// Reads <paramref name="body"/> to its end, or to <paramref name="maxBytes"/>: past it,
    /// <paramref name="truncate"/> keeps the start and stops reading, otherwise it fails with
    /// <see cref="ResponseTooLargeException"/>. <paramref name="expectedLength"/> sizes the first rental.
    /// </summary>
    public static async Task<PooledBodyContent> ReadAsync(Stream body, long? expectedLength, int maxBytes, bool truncate, CancellationToken cancellationToken)
    {
        // Which declared lengths size the first rental, and whether it is at least one byte, only decide how often
        // the buffer grows: the bytes read are the same (an empty rental, which would never grow, stays a real fault).
        // Stryker disable once Conditional,Equality : see above.
        var first = expectedLength is > 0 and < MaxTrustedLength ? (int)expectedLength.Value + 1 : DefaultFirstRental;
        // Stryker disable once Linq : see above.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(first, Math.Max(maxBytes, 1)));
        var length = 0;
        try
        {
            while (true)
            {
                // A rental may be larger than asked for: the limit, not the array, says when it is full.
                var capacity = Math.Min(buffer.Length, maxBytes);
                if (length == capacity)
                {
                    if (length >= maxBytes)
                    {
                        if (truncate || !await HasMoreAsync(body, cancellationToken).ConfigureAwait(false)) break;
                        throw new ResponseTooLargeException(maxBytes);
                    }
                    buffer = Grow(buffer, length, (int)Math.Min((long)buffer.Length * 2, maxBytes));
                    continue;
                }
#if NET5_0_OR_GREATER
                // The Memory overload completes without a Task per read.
                var read = await body.ReadAsync(buffer.AsMemory(length, capacity - length), cancellationToken).ConfigureAwait(false);
#else
                var read = await body.ReadAsync(buffer, length, capacity - length, cancellationToken).ConfigureAwait(false);
#endif
                if (read == 0) break;
                length += read;
            }
            return new PooledBodyContent(buffer, length);
        }
        catch
        {
            // Stryker disable once Statement : a buffer not given back is only collected, and the pool rents out another: nothing read differs.
            Release(buffer, length);
            throw;
        }
    }

    // The buffer is full at the limit: one byte more decides between "exactly the limit" and "too large".
    static async Task<bool> HasMoreAsync(Stream body, CancellationToken cancellationToken)
    {
        var probe = new byte[1];
        return await body.ReadAsync(probe, 0, 1, cancellationToken).ConfigureAwait(false) > 0;
    }

    static byte[] Grow(byte[] buffer, int length, int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(size);
        Buffer.BlockCopy(buffer, 0, larger, 0, length);
        // Stryker disable once Statement : a buffer not given back is only collected, and the pool rents out another: nothing read differs.
        Release(buffer, length);
        return larger;
    }

    // The pool is shared with the whole process: the answer's bytes must not reach the next renter.
    static void Release(byte[] buffer, int length)
    {
        Array.Clear(buffer, 0, length);
        // Stryker disable once Statement : a buffer not given back is only collected, and the pool rents out another: nothing read differs.
        ArrayPool<byte>.Shared.Return(buffer);
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
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer) Release(buffer, _length);
        // Stryker disable once Statement : the base only marks the content disposed; every read of a disposed body fails in Rented() either way.
        base.Dispose(disposing);
    }

    /// <summary>The body as UTF-8 text for the JSON reader; null when a byte order mark names another encoding.</summary>
    public TextReader? OpenUtf8Text() => Json.Utf8BufferReader.TryCreate(Rented(), _length);

    /// <summary>The body as UTF-8 text, for the error path: an answer that could not be read may still say why.</summary>
    public string Text() => System.Text.Encoding.UTF8.GetString(Rented(), 0, _length);

    byte[] Rented() => _buffer ?? throw new ObjectDisposedException(nameof(PooledBodyContent));
}

/// <summary>A body went past the limit the SDK reads into memory.</summary>
internal sealed class ResponseTooLargeException(int limit) : Exception($"the response body is larger than MaxResponseBytes ({limit} bytes)")
{
    public int Limit { get; } = limit;
}
