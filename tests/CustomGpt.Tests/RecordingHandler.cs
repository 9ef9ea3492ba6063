using System.Net;
using System.Text;

namespace CustomGpt.Tests;

/// <summary>An in-memory HTTP endpoint: records each request with its body and answers a canned response.</summary>
internal sealed class RecordingHandler(HttpStatusCode status, string responseBody, string contentType = "application/json") : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, byte[] Body)> Requests { get; } = [];

    /// <summary>Headers added to every response, e.g. Retry-After.</summary>
    public Dictionary<string, string> ResponseHeaders { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add((request, body));
        var response = new HttpResponseMessage(status) { Content = new StringContent(responseBody, Encoding.UTF8), RequestMessage = request };
        response.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        foreach (var (name, value) in ResponseHeaders) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    public HttpClient Client() => new(this) { BaseAddress = new Uri("https://api.test/") };

    /// <summary>The SDK's entry point sending through this handler, with the fake test key; retries off unless asked for.</summary>
    public CustomGptClient CustomGpt(CustomGptRetryOptions? retry = null) =>
        new(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/"), Retry = retry ?? new CustomGptRetryOptions { MaxAttempts = 1 } }, Client());
}
