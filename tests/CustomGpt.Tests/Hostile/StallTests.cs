using static CustomGpt.Tests.Hostile.HostileCalls;

namespace CustomGpt.Tests.Hostile;

/// <summary>
/// Item 1: no call outlives its Timeout or its caller's cancellation, whatever the server stalls:
/// the error body of a streamed call, or a streamed body after its headers.
/// </summary>
public class StallTests
{
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);
    static readonly TimeSpan Slack = TimeSpan.FromSeconds(1.5);
    static readonly TimeSpan HangsAfter = TimeSpan.FromSeconds(8);

    // An error status and the start of its body, then nothing: a stuck proxy in front of the API.
    static HostileServer ErrorBodyStalls(int status) => new(async exchange =>
    {
        await exchange.HeadAsync(status, "Content-Type: application/json", "Content-Length: 200");
        await exchange.WriteAsync("{\"status\":\"error\",");
        await exchange.StallAsync();
    });

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    public async Task A_streamed_answer_whose_error_body_stalls_ends_within_Timeout(int status)
    {
        await using var server = ErrorBodyStalls(status);
        using var client = Client(server, o => { o.Timeout = Limit; o.Retry.MaxAttempts = 1; });
        var outcome = await Outcome.OfAsync(() => StreamAsync(client), HangsAfter);
        outcome.Threw<CustomGptTimeoutException>(Limit + Slack);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    public async Task A_preview_whose_error_body_stalls_ends_within_Timeout(int status)
    {
        await using var server = ErrorBodyStalls(status);
        using var client = Client(server, o => { o.Timeout = Limit; o.Retry.MaxAttempts = 1; });
        var outcome = await Outcome.OfAsync(() => PreviewAsync(client), HangsAfter);
        outcome.Threw<CustomGptTimeoutException>(Limit + Slack);
    }

    [Fact]
    public async Task Cancelling_a_streamed_answer_whose_error_body_stalls_stops_it()
    {
        await using var server = ErrorBodyStalls(429);
        using var client = Client(server, o => o.Timeout = TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(Limit);
        var outcome = await Outcome.OfAsync(() => StreamAsync(client, cancel.Token), HangsAfter);
        outcome.Threw<OperationCanceledException>(Limit + Slack, exactly: false);
    }

    [Fact]
    public async Task Cancelling_a_preview_whose_error_body_stalls_stops_it()
    {
        await using var server = ErrorBodyStalls(500);
        using var client = Client(server, o => o.Timeout = TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(Limit);
        var outcome = await Outcome.OfAsync(() => PreviewAsync(client, cancel.Token), HangsAfter);
        outcome.Threw<OperationCanceledException>(Limit + Slack, exactly: false);
    }

    [Fact]
    public async Task A_stream_that_stalls_after_its_first_event_fails_after_StreamIdleTimeout()
    {
        await using var server = new HostileServer(async exchange =>
        {
            await exchange.HeadAsync(200, "Content-Type: text/event-stream", "Connection: close");
            await exchange.WriteAsync(Event("start"));
            await exchange.StallAsync();
        });
        using var client = Client(server, o => o.StreamIdleTimeout = Limit);
        var outcome = await Outcome.OfAsync(() => StreamAsync(client), HangsAfter);
        var e = outcome.Threw<CustomGptTimeoutException>(Limit + Slack);
        Assert.Equal("Conversations_SendMessage", e.OperationId);
    }

    [Fact]
    public async Task A_preview_whose_body_stalls_fails_after_StreamIdleTimeout()
    {
        await using var server = new HostileServer(async exchange =>
        {
            await exchange.HeadAsync(200, "Content-Type: application/pdf", "Content-Length: 100000");
            await exchange.WriteAsync(new byte[1000]);
            await exchange.StallAsync();
        });
        using var client = Client(server, o => o.StreamIdleTimeout = Limit);
        var outcome = await Outcome.OfAsync(() => PreviewAsync(client), HangsAfter);
        outcome.Threw<CustomGptTimeoutException>(Limit + Slack);
    }

    [Fact]
    public async Task A_stream_that_keeps_sending_within_StreamIdleTimeout_is_not_cut()
    {
        await using var server = new HostileServer(async exchange =>
        {
            await exchange.HeadAsync(200, "Content-Type: text/event-stream", "Connection: close");
            await exchange.WriteAsync(Event("start"));
            for (var i = 0; i < 6; i++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
                await exchange.WriteAsync(Event("progress", $"t{i}"));
            }
            await exchange.WriteAsync(Event("finish"));
            exchange.Close();
        });
        using var client = Client(server, o => { o.StreamIdleTimeout = TimeSpan.FromMilliseconds(700); o.Timeout = TimeSpan.FromMilliseconds(700); });
        var messages = await StreamAsync(client);
        Assert.Equal(8, messages.Count);
    }
}
