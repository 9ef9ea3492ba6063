using System.Net;
using System.Text;
using CustomGpt.Pagination;
using CustomGpt.Tests.Pagination;

namespace CustomGpt.Tests.Reliability;

/// <summary>
/// The SDK never resumes on the caller's SynchronizationContext: a UI thread (or classic ASP.NET
/// request) that blocks on a call's result would otherwise wait for itself. Every answer below
/// arrives later, on a thread whose current context is the caller's, so every await of the SDK on
/// the way is a chance to capture it; the context counts what is posted to it.
/// </summary>
public class CallerContextTests
{
    /// <summary>Answers each request with the next status, a moment later, from the caller's context.</summary>
    sealed class LateHandler(CountingContext context, params (HttpStatusCode Status, string Body)[] answers) : HttpMessageHandler
    {
        int _next;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var (status, body) = answers[_next++];
            return context.Later(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = request });
        }
    }

    static CustomGptClient Client(HttpMessageHandler handler) =>
        new(new CustomGptClientOptions
        {
            ApiKey = TestKeys.ApiKey,
            BaseUrl = new Uri("https://api.test/"),
            Retry = new CustomGptRetryOptions { MaxAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(20) },
        }, new HttpClient(handler));

    [Fact]
    public async Task A_read_retried_after_a_503_never_resumes_on_the_callers_context()
    {
        var context = new CountingContext();
        var client = Client(new LateHandler(context, (HttpStatusCode.ServiceUnavailable, "{}"), (HttpStatusCode.OK, """{"status":"success","data":{"id":7}}""")));
        var agent = await context.Run(() => client.Agents.GetAsync(7));
        Assert.Equal(7, agent.Id);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task A_failed_call_reads_its_error_without_resuming_on_the_callers_context()
    {
        var context = new CountingContext();
        var client = Client(new LateHandler(context, (HttpStatusCode.NotFound, """{"status":"error","data":{"code":404,"message":"gone"}}""")));
        var e = await Assert.ThrowsAsync<CustomGptNotFoundException>(() => context.Run(() => client.Agents.GetAsync(7)));
        Assert.Equal("gone", e.ApiMessage);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task An_error_body_that_arrives_late_is_read_without_resuming_on_the_callers_context()
    {
        var context = new CountingContext();
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway)
        {
            Content = new StreamContent(new LateStream(context, Encoding.UTF8.GetBytes("""{"message":"upstream down"}"""))),
        };
        var e = await context.Run(() => ErrorResponses.FromResponseAsync(response, "Agents_Get", CancellationToken.None));
        Assert.Equal("upstream down", e.ApiMessage);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task Paging_never_resumes_on_the_callers_context()
    {
        var context = new CountingContext();
        var pageable = new AsyncPageable<int>((n, _) => context.Later<IPage<int>?>(new ScriptedPage([n], LastPage: 2)));
        await using var items = pageable.GetAsyncEnumerator();
        var seen = new List<int>();
        while (await context.Run(() => items.MoveNextAsync().AsTask())) seen.Add(items.Current);
        Assert.Equal([1, 2], seen);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task A_streamed_message_never_resumes_on_the_callers_context()
    {
        var context = new CountingContext();
        var client = Client(new LateEventsHandler(context, Streaming.StreamSamples.Start, Streaming.StreamSamples.Finish));
        await using var events = client.Conversations.SendMessageStreamAsync(7, "abc-123", new SendMessageRequest { Prompt = "Hi" }).GetAsyncEnumerator();
        var seen = new List<MessageStreamStatus?>();
        while (await context.Run(() => events.MoveNextAsync().AsTask())) seen.Add(events.Current.Status);
        Assert.Equal([MessageStreamStatus.Start, MessageStreamStatus.Finish], seen);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task A_streamed_completion_never_resumes_on_the_callers_context()
    {
        var context = new CountingContext();
        var client = Client(new LateEventsHandler(context, Streaming.StreamSamples.Chunk("Hi"), "[DONE]"));
        await using var chunks = client.Conversations.SendMessageOpenAiStreamAsync(7, Streaming.StreamSamples.ChatQuestion).GetAsyncEnumerator();
        var seen = 0;
        while (await context.Run(() => chunks.MoveNextAsync().AsTask())) seen++;
        Assert.Equal(1, seen);
        Assert.Equal(0, context.Posts);
    }

    /// <summary>Answers with a stream of events, a moment later, each event of its body arriving a moment later too.</summary>
    sealed class LateEventsHandler(CountingContext context, params string[] data) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = new StreamContent(new LateEvents(context, [.. data.Select(d => Encoding.UTF8.GetBytes($"data: {d}\n\n"))]));
            body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
            return context.Later(new HttpResponseMessage(HttpStatusCode.OK) { Content = body, RequestMessage = request });
        }
    }

    /// <summary>A body that gives one event per read, each a moment later, from the caller's context.</summary>
    sealed class LateEvents(CountingContext context, byte[][] events) : MemoryStream
    {
        int _next;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var chunk = _next < events.Length ? events[_next++] : [];
            chunk.CopyTo(buffer);
            return await context.Later(chunk.Length).ConfigureAwait(false);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
