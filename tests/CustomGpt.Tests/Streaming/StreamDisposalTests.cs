using System.Net;
using System.Net.Http.Headers;
using System.Text;
using static CustomGpt.Tests.Streaming.StreamSamples;

namespace CustomGpt.Tests.Streaming;

/// <summary>The response is closed however the enumeration ends: finished, failed or abandoned.</summary>
public class StreamDisposalTests
{
    /// <summary>Answers with an event stream whose body records being disposed.</summary>
    sealed class TrackedStreamHandler(params string[] data) : HttpMessageHandler
    {
        public TrackedStream Body { get; } = new(Encoding.UTF8.GetBytes(string.Concat(data.Select(SseServer.Event))));

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    sealed class TrackedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    static CustomGptClient Client(HttpMessageHandler handler) =>
        new(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/") }, new HttpClient(handler));

    [Fact]
    public async Task Leaving_the_loop_after_the_first_event_closes_the_response()
    {
        var handler = new TrackedStreamHandler(WholeAnswer);

        await foreach (var _ in Client(handler).SendMessageStream())
        {
            Assert.False(handler.Body.Disposed);
            break;
        }

        Assert.True(handler.Body.Disposed);
    }

    [Fact]
    public async Task Reading_to_the_finish_event_closes_the_response()
    {
        var handler = new TrackedStreamHandler(WholeAnswer);

        await Client(handler).SendMessageStream().DrainAsync();

        Assert.True(handler.Body.Disposed);
    }

    [Fact]
    public async Task An_error_event_closes_the_response()
    {
        var handler = new TrackedStreamHandler(Start, """{"status":"error","message":"failed"}""");

        await Assert.ThrowsAnyAsync<CustomGptApiException>(() => Client(handler).SendMessageStream().DrainAsync());

        Assert.True(handler.Body.Disposed);
    }
}
