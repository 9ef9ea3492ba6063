using System.Net;
using System.Text;

namespace CustomGpt.Tests;

/// <summary>An in-memory HTTP endpoint: records each request with its body and answers a canned response.</summary>
internal sealed class RecordingHandler(HttpStatusCode status, string responseBody, string contentType = "application/json") : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, byte[] Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add((request, body));
        return new HttpResponseMessage(status) { Content = new StringContent(responseBody, Encoding.UTF8, contentType), RequestMessage = request };
    }

    public HttpClient Client() => new(this) { BaseAddress = new Uri("https://api.test/") };
}
