using System.Net;
using System.Net.Http.Headers;

namespace CustomGpt.Benchmarks.Clients;

/// <summary>
/// Answers every request at once with one JSON body and the headers Kestrel sends, without a
/// socket: what a client costs in CPU by itself, without the network and the server around it.
/// </summary>
internal sealed class InMemoryHandler(byte[] body) : HttpMessageHandler
{
    static readonly MediaTypeHeaderValue Json = new("application/json");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        content.Headers.ContentLength = body.Length;
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        response.Headers.Date = DateTimeOffset.UtcNow;
        response.Headers.TryAddWithoutValidation("Server", "Kestrel");
        return Task.FromResult(response);
    }
}
