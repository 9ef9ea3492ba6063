using System.Net;
using CustomGpt.Http;

namespace CustomGpt.Tests.Http;

/// <summary>The upload wrapper: each piece written reports progress, and the wrapped body stays as it was.</summary>
public class UploadProgressContentTests
{
    sealed class ChunkedContent(int chunks, bool synchronous) : HttpContent
    {
        public bool Disposed { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var i = 0; i < chunks; i++)
            {
                if (synchronous) stream.Write([(byte)i], 0, 1);
                else if (i % 2 == 0) await stream.WriteAsync(new byte[] { (byte)i }.AsMemory());
                else await stream.WriteAsync([(byte)i], 0, 1);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = chunks;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_piece_written_reports_progress_after_it_went_out(bool synchronous)
    {
        var inner = new ChunkedContent(5, synchronous);
        var written = new MemoryStream();
        var reports = new List<long>();
        var content = new UploadProgressContent(inner, () => reports.Add(written.Length));

        await content.CopyToAsync(written);

        Assert.Equal([0, 1, 2, 3, 4], written.ToArray());
        // Each report comes once its piece is on the stream.
        Assert.Equal([1L, 2L, 3L, 4L, 5L], reports);
    }

    [Fact]
    public async Task The_wrapper_carries_the_bodys_headers_and_length_and_never_disposes_it()
    {
        var inner = new ChunkedContent(3, synchronous: false);
        inner.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=x");
        var content = new UploadProgressContent(inner, () => { });

        Assert.Equal("multipart/form-data; boundary=x", content.Headers.NonValidated["Content-Type"].ToString());
        Assert.Equal(3, content.Headers.ContentLength);
        await content.CopyToAsync(new MemoryStream());
        content.Dispose();
        Assert.False(inner.Disposed);
    }

    [Fact]
    public void A_body_of_unknown_length_stays_of_unknown_length()
    {
        var inner = new StreamContent(new NonSeekableStream());
        var content = new UploadProgressContent(inner, () => { });
        Assert.Null(content.Headers.ContentLength);
    }

    sealed class NonSeekableStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
