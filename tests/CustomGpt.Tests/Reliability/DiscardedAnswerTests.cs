using System.Net;
using System.Text;

namespace CustomGpt.Tests.Reliability;

/// <summary>
/// An answer the retry handler does not hand on (a retried 503, one whose body broke off, one that
/// waited out a cancelled back-off) is disposed there and then: with a real handler it holds a
/// pooled connection, which would otherwise stay taken until the garbage collector found it.
/// </summary>
public class DiscardedAnswerTests
{
    /// <summary>A JSON body that records its disposal, and can break off after its first bytes.</summary>
    sealed class TrackedContent(string json, bool breaksOff = false) : HttpContent
    {
        readonly byte[] _bytes = Encoding.UTF8.GetBytes(json);

        public bool Disposed { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(_bytes.AsMemory(0, breaksOff ? 5 : _bytes.Length));
            if (breaksOff) throw new IOException("The response ended prematurely.");
        }

        protected override Task<Stream> CreateContentReadStreamAsync() =>
            breaksOff ? Task.FromResult<Stream>(new BreakingStream(_bytes.AsMemory(0, 5).ToArray())) : Task.FromResult<Stream>(new MemoryStream(_bytes));

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return !breaksOff;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    /// <summary>Gives its bytes, then fails the next read as a dropped connection does.</summary>
    sealed class BreakingStream(byte[] start) : MemoryStream(start)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position < Length ? base.ReadAsync(buffer, cancellationToken) : ValueTask.FromException<int>(new IOException("The response ended prematurely."));
    }

    sealed class Server(params Func<HttpResponseMessage>[] answers) : HttpMessageHandler
    {
        int _next;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = answers[_next++]();
            response.RequestMessage = request;
            return Task.FromResult(response);
        }
    }

    static CustomGptClient Client(HttpMessageHandler server, TimeSpan? baseDelay = null) => new(new CustomGptClientOptions
    {
        ApiKey = TestKeys.ApiKey,
        BaseUrl = new Uri("https://api.test/"),
        Retry = new CustomGptRetryOptions { MaxAttempts = 3, BaseDelay = baseDelay ?? TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromSeconds(30) },
    }, new HttpClient(server));

    const string Agent = """{"status":"success","data":{"id":7}}""";

    [Fact]
    public async Task A_retried_answer_is_disposed_and_the_one_handed_on_is_read()
    {
        var unavailable = new TrackedResponse(HttpStatusCode.ServiceUnavailable) { Content = new TrackedContent("""{"message":"Service Unavailable"}""") };
        var server = new Server(() => unavailable,
                                () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new TrackedContent(Agent) });

        Assert.Equal(7, (await Client(server).Agents.GetAsync(7)).Id);
        Assert.True(unavailable.Disposed);
    }

    [Fact]
    public async Task An_answer_whose_body_broke_off_is_disposed_before_the_next_attempt()
    {
        var broken = new TrackedContent(Agent, breaksOff: true);
        var server = new Server(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = broken },
                                () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new TrackedContent(Agent) });

        Assert.Equal(7, (await Client(server).Agents.GetAsync(7)).Id);
        Assert.True(broken.Disposed);
    }

    [Fact]
    public async Task An_answer_waiting_out_a_back_off_the_caller_cancels_is_disposed()
    {
        var unavailable = new TrackedResponse(HttpStatusCode.ServiceUnavailable) { Content = new TrackedContent("""{"message":"Service Unavailable"}""") };
        var server = new Server(() => unavailable);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client(server, baseDelay: TimeSpan.FromSeconds(20)).Agents.GetAsync(7, cancellationToken: cancel.Token));
        Assert.True(unavailable.Disposed);
    }

    [Fact]
    public async Task An_answer_past_MaxResponseBytes_is_disposed_with_the_failure()
    {
        var large = new TrackedContent("{\"status\":\"success\",\"data\":{\"id\":7,\"project_name\":\"" + new string('x', 4096) + "\"}}");
        var server = new Server(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = large });
        var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/"), MaxResponseBytes = 1024 }, new HttpClient(server));

        await Assert.ThrowsAsync<CustomGptApiException>(() => client.Agents.GetAsync(7));
        Assert.True(large.Disposed);
    }
}
