using System.Net;

namespace CustomGpt.Http;

/// <summary>
/// A body the caller reads as it arrives (the events of a streamed answer, a downloaded file), with
/// the guards such a body needs once its call has returned: a limit on the silence between two reads
/// (<see cref="CustomGptClientOptions.StreamIdleTimeout"/>), for event streams a limit on the size of
/// one event, and every failure worded as a <see cref="CustomGptApiException"/> naming the operation.
/// </summary>
internal sealed class StreamedBodyContent : HttpContent
{
    readonly HttpContent _original;
    readonly TimeSpan _idleTimeout;
    readonly int? _maxEventBytes;
    // (message, with the response's status?) -> the details of a failure while reading.
    readonly Func<string, bool, ErrorDetails> _details;

    StreamedBodyContent(HttpContent original, TimeSpan idleTimeout, int? maxEventBytes, Func<string, bool, ErrorDetails> details)
    {
        _original = original;
        _idleTimeout = idleTimeout;
        _maxEventBytes = maxEventBytes;
        _details = details;
        foreach (var header in original.Headers) Headers.TryAddWithoutValidation(header.Key, header.Value);
    }

    /// <summary>Puts the guards around <paramref name="response"/>'s body.</summary>
    public static void Guard(HttpResponseMessage response, TimeSpan idleTimeout, int maxEventBytes)
    {
        var request = response.RequestMessage;
        // Taken now: the failures come later, possibly after the response has been disposed.
        var status = (int)response.StatusCode;
        var operation = RequestContext.OperationOf(request);
        var headers = ErrorResponses.HeadersOf(response);
        var secrets = SecretText.SentWith(request);
        response.Content = new StreamedBodyContent(response.Content!, idleTimeout, ResponseBodies.IsEventStream(response) ? maxEventBytes : null,
            (message, withStatus) => new ErrorDetails(withStatus ? status : 0, null, message, operation, null, headers) { Secrets = secrets });
    }

    protected override async Task<Stream> CreateContentReadStreamAsync()
    {
        var body = await _original.ReadAsStreamAsync().ConfigureAwait(false);
        return new GuardedStream(body, this);
    }

#if NET5_0_OR_GREATER
    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
    {
        var body = await _original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new GuardedStream(body, this);
    }
#endif

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        using var body = await CreateContentReadStreamAsync().ConfigureAwait(false);
        await body.CopyToAsync(stream).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _original.Dispose();
        base.Dispose(disposing);
    }

    sealed class GuardedStream(Stream inner, StreamedBodyContent content) : Stream
    {
        readonly Streaming.EventSizeLimit? _eventLimit = content._maxEventBytes is { } max ? new Streaming.EventSizeLimit(max) : null;

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            idle.CancelAfter(content._idleTimeout);
#if !NET5_0_OR_GREATER
            // Older HTTP stacks ignore the token while a read waits on the network; closing the stream ends it.
            using var abort = idle.Token.Register(static s => ((Stream)s!).Dispose(), inner);
#endif
            int read;
            try
            {
                read = await inner.ReadAsync(buffer, offset, count, idle.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && idle.IsCancellationRequested)
            {
                // Like a timeout or a broken connection before the answer, these say no complete answer came: status 0.
                throw new CustomGptTimeoutException(content._details(
                    $"no data came for {content._idleTimeout.TotalSeconds:0.###} s while reading the response body (StreamIdleTimeout)", false), content._idleTimeout, e);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is IOException or HttpRequestException)
            {
                throw new CustomGptConnectionException(content._details($"the response body broke off: {e.Message}", false), e);
            }
            catch (Exception e) when (UndecodableBodyException.IsDecodingFailure(e, cancellationToken))
            {
                throw new CustomGptApiException(content._details(new UndecodableBodyException(content.Headers.ContentEncoding, e).Message, true), innerException: e);
            }
            if (_eventLimit is not null && !_eventLimit.Accept(new ReadOnlySpan<byte>(buffer, offset, read)))
                throw new CustomGptApiException(content._details($"an event of the stream is longer than MaxStreamEventBytes ({_eventLimit.MaxBytes} bytes)", true));
            return read;
        }

#if NET5_0_OR_GREATER
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(buffer, out var segment))
                return await ReadAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken).ConfigureAwait(false);
            var rented = new byte[buffer.Length];
            var read = await ReadAsync(rented, 0, rented.Length, cancellationToken).ConfigureAwait(false);
            rented.AsSpan(0, read).CopyTo(buffer.Span);
            return read;
        }
#endif

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            // Stryker disable once Statement : Stream.Dispose(bool) does nothing of its own; the call is there for form.
            base.Dispose(disposing);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
