using System.IO.Compression;
using static CustomGpt.Tests.Hostile.HostileCalls;

namespace CustomGpt.Tests.Hostile;

/// <summary>Alone, because they count the bytes the whole process allocates.</summary>
[CollectionDefinition(nameof(AllocationCounting), DisableParallelization = true)]
public sealed class AllocationCounting;

/// <summary>
/// Items 2 and 3: the server does not decide how much the client allocates. Memory grows with the
/// bytes that arrive (never with a declared length), and stops at the limits.
/// </summary>
[Collection(nameof(AllocationCounting))]
public class OversizeTests
{
    const long MiB = 1024 * 1024;
    static readonly TimeSpan Within = TimeSpan.FromSeconds(20);

    static async Task<(Outcome Outcome, long Allocated)> MeasureAsync(Func<Task> call)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var outcome = await Outcome.OfAsync(call, Within);
        return (outcome, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    [Fact]
    public async Task A_declared_length_of_two_billion_bytes_over_a_60_byte_body_allocates_next_to_nothing()
    {
        await using var server = new HostileServer(async exchange =>
        {
            await exchange.HeadAsync(200, "Content-Type: application/json", "Content-Length: 2000000000");
            await exchange.WriteAsync(SuccessJson[..60]);
            exchange.Close();
        });
        using var client = Client(server, o => o.Retry.MaxAttempts = 1);
        var (outcome, allocated) = await MeasureAsync(() => ReadAsync(client));
        outcome.Threw<CustomGptConnectionException>(Within);
        Assert.True(allocated < 16 * MiB, $"allocated {allocated / MiB} MiB for 60 bytes");
    }

    // One gzip member of 1 MiB of zeros (about a kilobyte), sent over and over: a stream of concatenated
    // members inflates to a mebibyte per member.
    static readonly byte[] GzipMember = Gzip(new byte[MiB]);

    static byte[] Gzip(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize)) gzip.Write(data);
        return packed.ToArray();
    }

    static HostileServer Bomb(int members) => new(async exchange =>
    {
        await exchange.HeadAsync(200, "Content-Type: application/json", "Content-Encoding: gzip", $"Content-Length: {GzipMember.Length * (long)members}");
        for (var i = 0; i < members; i++) await exchange.WriteAsync(GzipMember);
    });

    [Fact]
    public async Task A_gzip_body_inflating_past_1_GiB_fails_at_MaxResponseBytes_with_bounded_memory()
    {
        await using var server = Bomb(members: 1100);
        using var client = Client(server);
        var (outcome, allocated) = await MeasureAsync(() => ReadAsync(client));
        var e = outcome.Threw<CustomGptApiException>(Within);
        Assert.Contains("MaxResponseBytes", e.Message);
        Assert.Single(server.Requests);
        // The default limit is 32 MiB; its buffers double up to it from small rentals.
        Assert.True(allocated < 160 * MiB, $"allocated {allocated / MiB} MiB");
    }

    [Fact]
    public async Task A_body_over_a_lower_MaxResponseBytes_fails_once_the_limit_is_passed()
    {
        await using var server = Bomb(members: 8);
        using var client = Client(server, o => o.MaxResponseBytes = (int)(2 * MiB));
        var (outcome, allocated) = await MeasureAsync(() => ReadAsync(client));
        Assert.Contains("MaxResponseBytes", outcome.Threw<CustomGptApiException>(Within).Message);
        Assert.True(allocated < 16 * MiB, $"allocated {allocated / MiB} MiB");
    }

    [Fact]
    public async Task A_100_MB_event_line_without_a_newline_fails_at_MaxStreamEventBytes_with_bounded_memory()
    {
        await using var server = new HostileServer(async exchange =>
        {
            await exchange.HeadAsync(200, "Content-Type: text/event-stream", "Connection: close");
            await exchange.WriteAsync("data: {\"status\":\"progress\",\"message\":\"");
            var chunk = new byte[MiB];
            Array.Fill(chunk, (byte)'a');
            for (var i = 0; i < 100; i++) await exchange.WriteAsync(chunk);
            exchange.Close();
        });
        using var client = Client(server);
        var (outcome, allocated) = await MeasureAsync(() => StreamAsync(client));
        var e = outcome.Threw<CustomGptApiException>(Within);
        Assert.Contains("MaxStreamEventBytes", e.Message);
        Assert.True(allocated < 48 * MiB, $"allocated {allocated / MiB} MiB");
    }
}
