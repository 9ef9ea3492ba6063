using static CustomGpt.Tests.Hostile.HostileCalls;

namespace CustomGpt.Tests.Hostile;

/// <summary>
/// Item 8: AttemptTimeout measures the wait for an answer, not the time an upload takes: a file
/// whose bytes keep flowing is not cut off, one whose bytes stop is.
/// </summary>
public class SlowUploadTests
{
    static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(500);

    /// <summary>A file that yields <paramref name="chunks"/> pieces of 32 KiB, one every <paramref name="every"/>, then (if <paramref name="stallAfter"/>) stops.</summary>
    sealed class TricklingStream(int chunks, TimeSpan every, int? stallAfter = null) : Stream
    {
        int _sent;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_sent == chunks) return 0;
            await Task.Delay(_sent == stallAfter ? HostileServer.MaxStall : every, cancellationToken);
            _sent++;
            var n = Math.Min(buffer.Length, 32 * 1024);
            buffer.Span[..n].Fill((byte)'x');
            return n;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
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

    [Fact]
    public async Task An_upload_still_flowing_after_AttemptTimeout_is_not_cut_off()
    {
        await using var server = new HostileServer(exchange => exchange.RespondAsync(200, SuccessJson));
        using var client = Client(server, o => { o.AttemptTimeout = AttemptTimeout; o.Timeout = TimeSpan.FromSeconds(20); });
        // 40 pieces, one every 50 ms: about 2 s of upload, four times the attempt timeout.
        var outcome = await Outcome.OfAsync(() => UploadAsync(client, new TricklingStream(40, TimeSpan.FromMilliseconds(50))), TimeSpan.FromSeconds(15));
        Assert.True(outcome.Failure is null && !outcome.Hung, $"the upload {outcome}");
        Assert.True(outcome.Elapsed > 2 * AttemptTimeout, $"the upload took only {outcome.Elapsed.TotalSeconds:0.00} s");
        var request = Assert.Single(server.Requests);
        Assert.True(request.BodyBytes > 40 * 32 * 1024, $"the server received {request.BodyBytes} bytes");
    }

    [Fact]
    public async Task An_upload_whose_data_stops_fails_after_AttemptTimeout_of_silence()
    {
        await using var server = new HostileServer(exchange => exchange.RespondAsync(200, SuccessJson));
        using var client = Client(server, o => { o.AttemptTimeout = AttemptTimeout; o.Timeout = TimeSpan.FromSeconds(20); });
        var outcome = await Outcome.OfAsync(() => UploadAsync(client, new TricklingStream(40, TimeSpan.FromMilliseconds(50), stallAfter: 10)), TimeSpan.FromSeconds(15));
        outcome.Threw<CustomGptTimeoutException>(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task An_answer_slower_than_AttemptTimeout_after_the_upload_still_times_out()
    {
        await using var server = new HostileServer(async exchange =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            await exchange.RespondAsync(200, SuccessJson);
        });
        using var client = Client(server, o => { o.AttemptTimeout = AttemptTimeout; o.Timeout = TimeSpan.FromSeconds(20); });
        var outcome = await Outcome.OfAsync(() => UploadAsync(client, new TricklingStream(4, TimeSpan.FromMilliseconds(10))), TimeSpan.FromSeconds(15));
        outcome.Threw<CustomGptTimeoutException>(TimeSpan.FromSeconds(2));
    }
}
