using Newtonsoft.Json.Linq;
using static CustomGpt.Tests.Streaming.StreamSamples;

namespace CustomGpt.Tests.Streaming;

/// <summary>A streamed message: what goes out, and each event coming back as soon as the server sends it.</summary>
public sealed class MessageStreamTests : IDisposable
{
    readonly SseServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Events_arrive_in_order_and_their_deltas_make_the_answer()
    {
        _server.Serve(SseServer.MessagesPath, WholeAnswer);

        var events = await _server.CustomGpt().SendMessageStream().DrainAsync();

        Assert.Equal(
            [MessageStreamStatus.Start, MessageStreamStatus.Progress, MessageStreamStatus.Progress, MessageStreamStatus.Progress, MessageStreamStatus.Finish],
            events.Select(e => e.Status));
        Assert.Equal("Say hello", events[0].Prompt);
        Assert.Equal("Hello!", string.Concat(events.Where(e => e.Status == MessageStreamStatus.Progress).Select(e => e.Message)));
        var finish = events[^1];
        Assert.Equal(433, finish.Id);
        Assert.Equal("abc-123", finish.SessionId);
        Assert.Equal([12074, 12075], finish.Citations!);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 15, 0, TimeSpan.Zero), finish.CreatedAt);
    }

    [Fact]
    public async Task Gathering_the_stream_as_a_caller_would_gives_the_whole_answer_with_the_finish_data()
    {
        // What the removed SendMessageStreamedAsync did, written with the public stream alone.
        _server.Serve(SseServer.MessagesPath, WholeAnswer);

        var text = new System.Text.StringBuilder();
        string? prompt = null;
        MessageStreamEvent? finish = null;
        await foreach (var e in _server.CustomGpt().Conversations.SendMessageStreamAsync(7, "abc-123", Question))
        {
            if (e.Status == MessageStreamStatus.Start) prompt = e.Prompt;
            else if (e.Status == MessageStreamStatus.Progress) text.Append(e.Message);
            else if (e.Status == MessageStreamStatus.Finish) finish = e;
        }

        Assert.Equal("Hello!", text.ToString());
        Assert.Equal("Say hello", prompt);
        Assert.NotNull(finish);
        Assert.Equal(433, finish.Id);
        Assert.Equal("abc-123", finish.SessionId);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 15, 0, TimeSpan.Zero), finish.CreatedAt);
        Assert.Equal([12074, 12075], finish.Citations!);
    }

    [Fact]
    public async Task The_first_event_reaches_the_caller_before_the_server_has_sent_the_rest()
    {
        var firstSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var restSent = false;
        _server.Serve(SseServer.MessagesPath, async queue =>
        {
            queue.Write(SseServer.Event(Start));
            // Nothing more until the caller holds the first event: a client that waited for the
            // whole body would never get it (and the guard would fail the test).
            await firstSeen.Task.WaitAsync(Guard);
            restSent = true;
            foreach (var data in new[] { Hel, Lo, Finish }) queue.Write(SseServer.Event(data));
        });

        // Not `await using`: after a timeout the read is still pending, and disposing it then would
        // hide the TimeoutException that says what went wrong.
        var events = _server.CustomGpt().SendMessageStream().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Guard));
        Assert.Equal(MessageStreamStatus.Start, events.Current.Status);
        Assert.False(restSent);

        firstSeen.SetResult();
        var rest = new List<MessageStreamStatus?>();
        while (await events.MoveNextAsync()) rest.Add(events.Current.Status);
        await events.DisposeAsync();
        Assert.Equal([MessageStreamStatus.Progress, MessageStreamStatus.Progress, MessageStreamStatus.Finish], rest);
    }

    [Fact]
    public async Task The_request_asks_for_a_stream_with_the_json_body_user_agent_and_token()
    {
        _server.Serve(SseServer.MessagesPath, WholeAnswer);
        var question = new SendMessageRequest { Prompt = "Say hello", ResponseSource = ResponseSource.OwnContent, Lang = "de", ExternalId = "ticket 42" };

        await _server.CustomGpt().Conversations.SendMessageStreamAsync(7, "abc-123", question).DrainAsync();

        var request = _server.ReceivedRequest;
        Assert.Equal("POST", request.Method);
        Assert.Equal(SseServer.MessagesPath, request.Path);
        Assert.Equal("true", Assert.Single(request.Query!["stream"]));
        Assert.Equal("de", Assert.Single(request.Query["lang"]));
        Assert.Equal("ticket 42", Assert.Single(request.Query["external_id"]));
        Assert.Equal("text/event-stream", Header(request, "Accept"));
        Assert.StartsWith("application/json", Header(request, "Content-Type"));
        Assert.StartsWith("CustomGpt.NET/", Header(request, "User-Agent"));
        Assert.Equal($"Bearer {TestKeys.ApiKey}", Header(request, "Authorization"));
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"prompt":"Say hello","response_source":"own_content"}"""), JObject.Parse(request.Body!)), request.Body);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Cancelling_while_waiting_for_the_next_event_stops_the_enumeration(bool tokenOnEnumerator)
    {
        var serverDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Serve(SseServer.MessagesPath, async queue =>
        {
            queue.Write(SseServer.Event(Start));
            await serverDone.Task.WaitAsync(Guard);
        });
        using var cancellation = new CancellationTokenSource();
        var events = tokenOnEnumerator
            ? _server.CustomGpt().SendMessageStream().GetAsyncEnumerator(cancellation.Token)
            : _server.CustomGpt().SendMessageStream(cancellation.Token).GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Guard));
        var next = events.MoveNextAsync().AsTask();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(Guard));
        await events.DisposeAsync();
        serverDone.SetResult();
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        _server.Serve(SseServer.MessagesPath, WholeAnswer);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _server.CustomGpt().SendMessageStream(new CancellationToken(canceled: true)).DrainAsync());
        Assert.Equal(0, _server.RequestCount);
    }

    static string Header(WireMock.IRequestMessage request, string name) =>
        Assert.Single(request.Headers!.Single(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value);
}
