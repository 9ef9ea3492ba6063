using System.Net;
using System.Text;

namespace CustomGpt.Tests.Uploads;

/// <summary>
/// Writes each request body out as a socket handler would (HttpContent.CopyToAsync), counting the
/// bytes without keeping them, and answers success.
/// </summary>
internal sealed class DrainingHandler(string responseBody) : HttpMessageHandler
{
    readonly CountingStream _sink = new();

    public long BytesReceived => _sink.Count;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await request.Content!.CopyToAsync(_sink, cancellationToken);
        return new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent(responseBody, Encoding.UTF8, "application/json"), RequestMessage = request };
    }

    sealed class CountingStream : Stream
    {
        public long Count { get; private set; }
        public override void Write(byte[] buffer, int offset, int count) => Count += count;
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) { Count += count; return Task.CompletedTask; }
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) { Count += buffer.Length; return ValueTask.CompletedTask; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Count;
        public override long Position { get => Count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
