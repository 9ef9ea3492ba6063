using System.Net;
using System.Text;

namespace CustomGpt.Tests.Http;

/// <summary>What the generated methods' common base does with arguments and answers: the checks, the payload, the failures it words.</summary>
public class ClientBaseTests
{
    /// <summary>Answers every request with what <paramref name="answer"/> makes, at once, and counts the requests.</summary>
    sealed class Server(Func<HttpResponseMessage> answer) : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            var response = answer();
            response.RequestMessage = request;
            return Task.FromResult(response);
        }
    }

    /// <summary>A body whose stream cannot be opened, failing with <paramref name="failure"/>; it records whether it was disposed.</summary>
    sealed class UnopenableContent(Exception failure) : HttpContent
    {
        public bool Disposed { get; private set; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => Task.FromException(failure);

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromException<Stream>(failure);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    static CustomGptClient Client(HttpMessageHandler server) =>
        CustomGptClient.OverHandler(new CustomGptClientOptions
        {
            ApiKey = TestKeys.ApiKey,
            BaseUrl = new Uri("https://api.test/"),
            Retry = new CustomGptRetryOptions { MaxAttempts = 1 },
        }, server);

    static HttpResponseMessage Answer(string json, Action<HttpResponseMessage>? change = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        change?.Invoke(response);
        return response;
    }

    /// <summary>A JSON call's answer sent as an event stream (so not read into memory by the pipeline) whose body cannot be opened.</summary>
    static HttpResponseMessage UnopenableEventStream(Exception failure)
    {
        var content = new UnopenableContent(failure);
        content.Headers.ContentType = new("text/event-stream");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    [Fact]
    public async Task A_path_text_that_is_null_or_empty_is_refused_before_anything_is_sent()
    {
        var server = new Server(() => Answer("{}"));
        using var client = Client(server);
        var missing = await Assert.ThrowsAsync<ArgumentNullException>(() => client.Conversations.DeleteAsync(7, null!));
        var empty = await Assert.ThrowsAsync<ArgumentException>(() => client.Conversations.DeleteAsync(7, ""));
        Assert.Equal(("sessionId", "sessionId"), (missing.ParamName, empty.ParamName));
        Assert.StartsWith("The value is empty.", empty.Message);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task A_list_answered_without_its_list_is_an_error_naming_the_operation()
    {
        using var client = Client(new Server(() => Answer("""{"status":"success","data":null}""")));
        var e = await Assert.ThrowsAsync<CustomGptApiException>(() => client.Licenses.ListAsync(7));
        Assert.Equal(("Licenses_List", 200), (e.OperationId, e.StatusCode));
        Assert.Contains("without a payload", e.Message);
    }

    [Fact]
    public async Task A_list_answered_empty_is_an_empty_list()
    {
        using var client = Client(new Server(() => Answer("""{"status":"success","data":[]}""")));
        Assert.Empty(await client.Licenses.ListAsync(7));
    }

    [Fact]
    public async Task A_body_that_cannot_be_opened_is_an_api_error_that_does_not_repeat_the_key()
    {
        using var client = Client(new Server(() => UnopenableEventStream(new IOException($"connection reset while sending Bearer {TestKeys.ApiKey}"))));
        var e = await Assert.ThrowsAsync<CustomGptApiException>(() => client.Agents.GetAsync(7));
        Assert.Equal(("Agents_Get", 200), (e.OperationId, e.StatusCode));
        Assert.Contains("the response body could not be read: connection reset", e.Message);
        Assert.DoesNotContain(TestKeys.ApiKey, e.ToString());
        Assert.IsType<IOException>(e.InnerException);
    }

    [Fact]
    public async Task A_cancellation_while_the_body_opens_stays_a_cancellation()
    {
        var cancelled = new OperationCanceledException("stopped");
        using var client = Client(new Server(() => UnopenableEventStream(cancelled)));
        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Agents.GetAsync(7));
        Assert.Same(cancelled, e);
    }

    [Fact]
    public async Task A_success_whose_body_is_null_says_so_and_keeps_echoed_keys_out_of_its_headers()
    {
        using var client = Client(new Server(() => Answer("null", r => r.Headers.TryAddWithoutValidation("X-Echo", "Bearer " + TestKeys.ApiKey))));
        var e = await Assert.ThrowsAsync<CustomGptApiException>(() => client.Agents.GetAsync(7));
        Assert.Contains("the response body is empty", e.Message);
        Assert.DoesNotContain("could not be read", e.Message);
        Assert.DoesNotContain(TestKeys.ApiKey, string.Join(";", e.Headers.SelectMany(h => h.Value)));
        Assert.True(e.Headers.ContainsKey("X-Echo"));
    }

    [Fact]
    public async Task A_download_whose_body_cannot_be_opened_disposes_its_answer()
    {
        UnopenableContent? content = null;
        using var client = Client(new Server(() =>
        {
            content = new UnopenableContent(new IOException("reset"));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        }));
        await Assert.ThrowsAnyAsync<Exception>(() => client.Pages.PreviewAsync(3));
        Assert.True(content!.Disposed);
    }
}
