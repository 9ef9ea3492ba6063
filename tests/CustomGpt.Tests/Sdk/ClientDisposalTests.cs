namespace CustomGpt.Tests.Sdk;

/// <summary>Disposing a client releases its own pipeline, down to the handler it sends through; a caller's HTTP client is left alone.</summary>
public class ClientDisposalTests
{
    static readonly CustomGptClientOptions Options = new() { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/") };

    [Fact]
    public void Disposing_the_client_disposes_its_own_pipeline()
    {
        var network = new DisposalRecordingHandler();
        var client = CustomGptClient.OverHandler(Options, network);

        client.Dispose();

        Assert.True(network.Disposed);
    }

    [Fact]
    public async Task A_callers_http_client_still_works_after_the_client_is_disposed()
    {
        var endpoint = new RecordingHandler(System.Net.HttpStatusCode.OK, "{}");
        using var http = endpoint.Client();
        var client = new CustomGptClient(Options, http);

        client.Dispose();

        using var answer = await http.GetAsync("https://api.test/ping");
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
    }

    sealed class DisposalRecordingHandler : HttpMessageHandler
    {
        public bool Disposed { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
