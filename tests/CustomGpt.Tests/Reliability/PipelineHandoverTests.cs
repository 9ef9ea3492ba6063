using System.Net;
using System.Text;
using CustomGpt.Http;

namespace CustomGpt.Tests.Reliability;

/// <summary>
/// What the retry handler hands the handlers below it (a caller's HttpClient's): the body as the
/// SDK made it unless it is a streamed upload, the caller's own cancellation as it was thrown, and
/// back-offs drawn from a random source.
/// </summary>
public class PipelineHandoverTests
{
    /// <summary>A caller's handler that records the type of each body it is given, and answers with <paramref name="answer"/>.</summary>
    sealed class Recorder(Func<HttpRequestMessage, Task<HttpResponseMessage>>? answer = null) : HttpMessageHandler
    {
        public List<Type?> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Bodies.Add(request.Content?.GetType());
            if (request.Content is not null) await request.Content.ReadAsByteArrayAsync(cancellationToken);
            return answer is null
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"status":"success","data":{"id":1,"session_id":"abc-123"}}""", Encoding.UTF8, "application/json"), RequestMessage = request }
                : await answer(request);
        }
    }

    static CustomGptClient Client(HttpMessageHandler handler) =>
        new(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/") }, new HttpClient(handler));

    [Fact]
    public async Task A_json_body_reaches_the_callers_handlers_as_it_was_made_and_a_read_none()
    {
        var recorder = new Recorder();
        using var client = Client(recorder);
        await client.Conversations.CreateAsync(7, new CreateConversationRequest { Name = "Support" });
        await client.Agents.GetAsync(7);
        Assert.Equal([typeof(StringContent), null], recorder.Bodies);
    }

    [Fact]
    public async Task A_streamed_upload_reaches_them_wrapped_so_that_each_piece_restarts_the_attempts_clock()
    {
        var recorder = new Recorder();
        using var client = Client(recorder);
        using (var file = new FileParameter(new MemoryStream([1, 2, 3]), "a.pdf", "application/pdf"))
            await client.Agents.CreateAsync(new CreateAgentRequest { ProjectName = "Docs", File = file });
        Assert.Equal([typeof(UploadProgressContent)], recorder.Bodies);
    }

    [Fact]
    public async Task The_callers_own_cancellation_comes_back_as_it_was_thrown()
    {
        using var caller = new CancellationTokenSource();
        var thrown = new TaskCanceledException("stopped by the caller", null, caller.Token);
        // Straight onto the SDK's pipeline: an HttpClient in between would wrap the exception itself.
        using var client = CustomGptClient.OverHandler(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/") }, new Recorder(_ =>
        {
            caller.Cancel();
            return Task.FromException<HttpResponseMessage>(thrown);
        }));
        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Agents.GetAsync(7, null, caller.Token));
        Assert.Same(thrown, e);
    }

    [Fact]
    public void The_jitter_is_drawn_anew_for_each_back_off()
    {
        var handler = new RetryHandler(PipelineLimits.From(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey }, TimeSpan.FromSeconds(10)));
        var draws = Enumerable.Range(0, 20).Select(_ => handler.NextRandom()).ToList();
        Assert.All(draws, d => Assert.InRange(d, 0.0, 1.0));
        Assert.True(draws.Distinct().Count() > 10, string.Join(", ", draws));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_post_the_callers_handler_turned_into_a_get_ends_as_a_redirect_without_the_key(bool withUrl)
    {
        var answer = new TrackedResponse();
        using var client = Client(new Recorder(request =>
        {
            // What an HttpClientHandler that follows a 302 itself does to the message it sent.
            request.Method = HttpMethod.Get;
            request.RequestUri = withUrl ? new Uri($"https://elsewhere.test/landing?echo={Uri.EscapeDataString(TestKeys.ApiKey)}") : null;
            return Task.FromResult<HttpResponseMessage>(answer);
        }));
        var e = await Assert.ThrowsAsync<CustomGptRedirectException>(() => client.Conversations.CreateAsync(7, new CreateConversationRequest { Name = "Support" }));
        Assert.Equal(("Conversations_Create", 302), (e.OperationId, e.StatusCode));
        // Without a URL left on the message, the Location is empty rather than made up.
        Assert.Equal(withUrl ? "elsewhere.test" : "", withUrl ? e.Location!.Host : e.Location?.OriginalString ?? "");
        Assert.DoesNotContain(TestKeys.ApiKey, e.ToString());
        Assert.DoesNotContain(Uri.EscapeDataString(TestKeys.ApiKey), e.ToString());
        Assert.DoesNotContain(TestKeys.ApiKey, string.Join(";", e.Headers.SelectMany(h => h.Value)));
        Assert.True(answer.Disposed);
    }
}
