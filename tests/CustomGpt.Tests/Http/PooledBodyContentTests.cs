using System.Text;
using CustomGpt.Http;

namespace CustomGpt.Tests.Http;

/// <summary>A body read whole into a pooled buffer: to its end or to the limit, whatever the server said its length was.</summary>
public class PooledBodyContentTests
{
    static byte[] Bytes(int count) => Enumerable.Range(0, count).Select(i => (byte)('a' + i % 26)).ToArray();

    /// <summary>Hands out at most a few bytes per read, as a network stream may.</summary>
    sealed class TrickleStream(byte[] bytes, int perRead) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, perRead)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, perRead), cancellationToken);
    }

    static async Task<byte[]> Read(PooledBodyContent content) => await content.ReadAsByteArrayAsync();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1_000)]
    [InlineData(16 * 1024)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(200_000)]
    public async Task A_body_is_read_whole_with_or_without_a_length(int size)
    {
        var body = Bytes(size);
        using var withLength = await PooledBodyContent.ReadAsync(new MemoryStream(body), size, int.MaxValue, truncate: false, default);
        using var without = await PooledBodyContent.ReadAsync(new TrickleStream(body, 1000), null, int.MaxValue, truncate: false, default);
        Assert.Equal(body, await Read(withLength));
        Assert.Equal(body, await Read(without));
        // The length the runtime reports (Content-Length) is the bytes read.
        Assert.Equal(size, withLength.Headers.ContentLength);
        Assert.Equal(size, without.Headers.ContentLength);
    }

    [Theory]
    [InlineData(10L)]
    [InlineData(0L)]
    [InlineData(-5L)]
    [InlineData(1L << 40)]
    public async Task A_declared_length_that_is_wrong_changes_nothing(long declared)
    {
        var body = Bytes(70_000);
        using var content = await PooledBodyContent.ReadAsync(new TrickleStream(body, 4096), declared, int.MaxValue, truncate: false, default);
        Assert.Equal(body, await Read(content));
    }

    [Fact]
    public async Task A_body_of_exactly_the_limit_is_read_and_one_byte_more_is_too_large()
    {
        using var exact = await PooledBodyContent.ReadAsync(new TrickleStream(Bytes(5000), 333), null, 5000, truncate: false, default);
        Assert.Equal(5000, (await Read(exact)).Length);

        var e = await Assert.ThrowsAsync<ResponseTooLargeException>(() => PooledBodyContent.ReadAsync(new TrickleStream(Bytes(5001), 333), null, 5000, truncate: false, default));
        Assert.Equal(5000, e.Limit);
        Assert.Contains("5000 bytes", e.Message);
    }

    [Fact]
    public async Task Truncating_keeps_the_start_up_to_the_limit()
    {
        var body = Bytes(100_000);
        using var start = await PooledBodyContent.ReadAsync(new TrickleStream(body, 7000), null, 64 * 1024, truncate: true, default);
        Assert.Equal(body.Take(64 * 1024), await Read(start));

        using var shorter = await PooledBodyContent.ReadAsync(new MemoryStream(Bytes(10)), 10, 64 * 1024, truncate: true, default);
        Assert.Equal(Bytes(10), await Read(shorter));
    }

    [Fact]
    public async Task The_bytes_are_given_back_as_a_stream_as_text_and_to_a_writer()
    {
        var json = """{"name":"Zoë"}""";
        using var content = await PooledBodyContent.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), null, 1024, truncate: false, default);
        Assert.Equal(json, content.Text());
        Assert.Equal(json, await content.OpenUtf8Text()!.ReadToEndAsync());
        using (var stream = await content.ReadAsStreamAsync())
            Assert.Equal(json, await new StreamReader(stream).ReadToEndAsync());
        var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        Assert.Equal(json, Encoding.UTF8.GetString(copy.ToArray()));
    }

    [Fact]
    public async Task Once_disposed_it_has_nothing_to_give_and_a_second_dispose_is_harmless()
    {
        var content = await PooledBodyContent.ReadAsync(new MemoryStream(Bytes(100)), 100, 1024, truncate: false, default);
        content.Dispose();
        content.Dispose();
        Assert.Throws<ObjectDisposedException>(() => content.Text());
        Assert.Throws<ObjectDisposedException>(() => content.OpenUtf8Text());
    }

    [Fact]
    public async Task A_failed_read_gives_its_buffer_back_and_fails_as_the_stream_did()
    {
        var broken = new BrokenStream(Bytes(3000));
        await Assert.ThrowsAsync<IOException>(() => PooledBodyContent.ReadAsync(broken, null, int.MaxValue, truncate: false, default));
    }

    [Fact]
    public async Task A_cancelled_read_is_a_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PooledBodyContent.ReadAsync(new MemoryStream(Bytes(10)), 10, 1024, truncate: false, cancelled.Token));
    }

    [Fact]
    public async Task Its_length_is_known_and_its_stream_is_read_only()
    {
        using var content = await PooledBodyContent.ReadAsync(new MemoryStream(Bytes(300)), null, 1024, truncate: false, default);
        Assert.Equal(300, content.Headers.ContentLength);
        using var stream = await content.ReadAsStreamAsync();
        Assert.False(stream.CanWrite);
        Assert.Throws<NotSupportedException>(() => stream.WriteByte(0));
    }

    [Fact]
    public async Task Its_bytes_are_wiped_before_the_buffer_goes_back_to_the_shared_pool()
    {
        // The pool hands the array just given back to the next renter of its size on the same thread.
        var secret = Enumerable.Repeat((byte)'k', 3000).ToArray();
        var content = await PooledBodyContent.ReadAsync(new MemoryStream(secret), secret.Length, 1 << 20, truncate: false, default);
        content.Dispose();
        var next = System.Buffers.ArrayPool<byte>.Shared.Rent(secret.Length + 1);
        try
        {
            Assert.DoesNotContain((byte)'k', next.AsSpan(0, secret.Length).ToArray());
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(next);
        }
    }

    sealed class BrokenStream(byte[] start) : MemoryStream(start)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position < Length ? base.ReadAsync(buffer[..Math.Min(buffer.Length, 1000)], cancellationToken) : ValueTask.FromException<int>(new IOException("connection reset"));
    }
}
