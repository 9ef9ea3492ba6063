using System.Net;
using CustomGpt.Http;
using CustomGpt.Tests.Reliability;

namespace CustomGpt.Tests.Http;

/// <summary>
/// The upload wrapper on a slow network: a write that completes later never brings the upload back to
/// the caller's context, and the stream the body writes into is write-only.
/// </summary>
public class UploadProgressContentContextTests
{
    static readonly byte[] File = [1, 2, 3, 4, 5];

    /// <summary>A network stream whose every write completes a moment later, from the caller's context.</summary>
    sealed class LateWrites(CountingContext context) : MemoryStream
    {
        public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer, offset, count);
            await context.Later(0).ConfigureAwait(false);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            await context.Later(0).ConfigureAwait(false);
        }
    }

    public static TheoryData<string> Bodies => new() { "array", "memory" };

    // ByteArrayContent writes with the array overload of WriteAsync, ReadOnlyMemoryContent with the memory one.
    static HttpContent Body(string kind) => kind == "array" ? new ByteArrayContent(File) : new ReadOnlyMemoryContent(File);

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_late_write_never_resumes_on_the_callers_context(string kind)
    {
        var context = new CountingContext();
        var network = new LateWrites(context);
        var reports = 0;
        var content = new UploadProgressContent(Body(kind), () => Interlocked.Increment(ref reports));

        await context.Run(() => content.CopyToAsync(network));

        Assert.Equal(File, network.ToArray());
        Assert.Equal(1, reports);
        Assert.Equal(0, context.Posts);
    }

    /// <summary>A body that notes what the stream it is written into can do.</summary>
    sealed class Inspecting : HttpContent
    {
        public (bool Read, bool Seek, bool Write)? Seen { get; private set; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            Seen = (stream.CanRead, stream.CanSeek, stream.CanWrite);
            return Task.CompletedTask;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return true;
        }
    }

    [Fact]
    public async Task The_body_writes_into_a_stream_it_can_neither_read_nor_seek()
    {
        var inner = new Inspecting();
        await new UploadProgressContent(inner, () => { }).CopyToAsync(new MemoryStream());
        Assert.Equal((false, false, true), inner.Seen);
    }
}
