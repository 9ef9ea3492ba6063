using System.Net;
using System.Text;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CustomGpt.Tests.Reliability;

/// <summary>
/// Any await of the SDK can be the first one that really waits: everything before it completes at
/// once, still on the caller's thread with the caller's SynchronizationContext current. That await,
/// and every await on the stack above it, would resume on that context unless told not to. (After a
/// real wait the SDK continues on the thread pool, where no context is current, which is why
/// <see cref="CallerContextTests"/>, whose answers all come late, cannot see the awaits further in.)
/// Each test below answers at once up to one step, which comes late.
/// </summary>
public class FirstWaitTests
{
    const string AgentJson = """{"status":"success","data":{"id":7}}""";

    /// <summary>Answers every request at once, but those <paramref name="late"/> says come a moment later.</summary>
    sealed class Server(CountingContext context, Func<HttpRequestMessage, int, HttpResponseMessage> answer, Func<int, bool>? late = null) : HttpMessageHandler
    {
        int _requests;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var number = _requests++;
            var response = answer(request, number);
            response.RequestMessage ??= request;
            return late?.Invoke(number) == true ? context.Later(response) : Task.FromResult(response);
        }
    }

    /// <summary>A body whose stream, or whose every read, comes a moment later; or whose reads come at once up to <c>atOnce</c> bytes.</summary>
    sealed class LateContent(CountingContext context, string text, bool lateStream = false, bool lateReads = false, int? atOnce = null) : HttpContent
    {
        readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes, 0, _bytes.Length);

        protected override Task<Stream> CreateContentReadStreamAsync()
        {
            Stream stream = atOnce is { } count ? new LateAfter(context, _bytes, count) : lateReads ? new LateStream(context, _bytes) : new MemoryStream(_bytes);
            return lateStream ? context.Later(stream) : Task.FromResult(stream);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }
    }

    /// <summary>Reads that complete at once for the first <paramref name="atOnce"/> bytes, and a moment later after that.</summary>
    sealed class LateAfter(CountingContext context, byte[] bytes, int atOnce) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position < atOnce ? new(Read(buffer.Span[..Math.Min(buffer.Length, atOnce - (int)Position)])) : new(context.Later(Read(buffer.Span)));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    /// <summary>The API key, at once or, for the calls <paramref name="late"/> names, a moment later.</summary>
    sealed class Tokens(CountingContext context, Func<int, bool> late) : IAccessTokenProvider
    {
        int _calls;

        public AllowedHostsValidator AllowedHostsValidator { get; } = new(["api.test"]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            late(_calls++) ? context.Later(TestKeys.ApiKey) : Task.FromResult(TestKeys.ApiKey);
    }

    static CustomGptClient Client(HttpMessageHandler server, IAccessTokenProvider? tokens = null, int maxResponseBytes = 1024 * 1024) =>
        CustomGptClient.OverHandler(new CustomGptClientOptions
        {
            ApiKey = tokens is null ? TestKeys.ApiKey : null,
            TokenProvider = tokens,
            BaseUrl = new Uri("https://api.test/"),
            MaxResponseBytes = maxResponseBytes,
            Retry = new CustomGptRetryOptions { MaxAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(20) },
        }, server);

    static HttpResponseMessage Json(HttpContent? content = null, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = new HttpResponseMessage(status) { Content = content ?? new StringContent(AgentJson) };
        response.Content.Headers.ContentType = new("application/json");
        return response;
    }

    static HttpResponseMessage Redirect(string location)
    {
        var response = new HttpResponseMessage(HttpStatusCode.Found);
        response.Headers.Location = new Uri(location);
        return response;
    }

    [Fact]
    public async Task A_token_that_comes_late()
    {
        var context = new CountingContext();
        using var client = Client(new Server(context, (_, _) => Json()), new Tokens(context, call => call == 0));
        Assert.Equal(7, (await context.Run(() => client.Agents.GetAsync(7))).Id);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task A_download_whose_token_comes_late()
    {
        var context = new CountingContext();
        using var client = Client(new Server(context, (_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2]) }),
            new Tokens(context, call => call == 0));
        using var file = await context.Run(() => client.Pages.PreviewAsync(3));
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task A_download_whose_answer_comes_late()
    {
        var context = new CountingContext();
        using var client = Client(new Server(context, (_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2]) }, late: _ => true));
        using var file = await context.Run(() => client.Pages.PreviewAsync(3));
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task A_download_whose_body_opens_late()
    {
        var context = new CountingContext();
        using var client = Client(new Server(context, (_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new LateContent(context, "%PDF", lateStream: true) }));
        using var file = await context.Run(() => client.Pages.PreviewAsync(3));
        Assert.Equal("%PDF", await new StreamReader(file.Stream).ReadToEndAsync());
        Assert.Equal(0, context.Posts);
    }

    /// <summary>
    /// A JSON answer whose body opens late, whose bytes come late, or (at exactly MaxResponseBytes)
    /// whose every byte comes at once but the read that checks for one more.
    /// </summary>
    [Theory]
    [InlineData("opens late")]
    [InlineData("bytes come late")]
    [InlineData("end comes late at the limit")]
    public async Task A_json_body(string how)
    {
        var context = new CountingContext();
        var body = how switch
        {
            "opens late" => new LateContent(context, AgentJson, lateStream: true),
            "bytes come late" => new LateContent(context, AgentJson, lateReads: true),
            _ => new LateContent(context, AgentJson, atOnce: AgentJson.Length),
        };
        using var client = Client(new Server(context, (_, _) => Json(body)), maxResponseBytes: AgentJson.Length);
        Assert.Equal(7, (await context.Run(() => client.Agents.GetAsync(7))).Id);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task A_json_answer_sent_as_an_event_stream_that_opens_late()
    {
        // Not buffered by the pipeline (an event stream is read as it comes): read by the JSON reader from the stream.
        var context = new CountingContext();
        using var client = Client(new Server(context, (_, _) =>
        {
            var response = Json(new LateContent(context, AgentJson, lateStream: true));
            response.Content.Headers.ContentType = new("text/event-stream");
            return response;
        }));
        Assert.Equal(7, (await context.Run(() => client.Agents.GetAsync(7))).Id);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task An_error_body_that_comes_late()
    {
        var context = new CountingContext();
        using var client = Client(new Server(context, (_, _) =>
            Json(new LateContent(context, """{"status":"error","data":{"code":404,"message":"gone"}}""", lateReads: true), HttpStatusCode.NotFound)));
        var e = await Assert.ThrowsAsync<CustomGptNotFoundException>(() => context.Run(() => client.Agents.GetAsync(7)));
        Assert.Equal("gone", e.ApiMessage);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task The_wait_before_a_retry()
    {
        var context = new CountingContext();
        using var client = Client(new Server(context, (_, n) => n == 0 ? Json(status: HttpStatusCode.ServiceUnavailable) : Json()));
        Assert.Equal(7, (await context.Run(() => client.Agents.GetAsync(7))).Id);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task A_redirect_hop_whose_answer_comes_late()
    {
        var context = new CountingContext();
        using var client = Client(new Server(context, (_, n) => n == 0 ? Redirect("https://api.test/moved") : Json(), late: n => n == 1));
        Assert.Equal(7, (await context.Run(() => client.Agents.GetAsync(7))).Id);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task A_redirect_hop_whose_token_comes_late()
    {
        var context = new CountingContext();
        using var client = Client(new Server(context, (_, n) => n == 0 ? Redirect("https://api.test/moved") : Json()), new Tokens(context, call => call == 1));
        Assert.Equal(7, (await context.Run(() => client.Agents.GetAsync(7))).Id);
        Assert.Equal(0, context.Posts);
    }
}
