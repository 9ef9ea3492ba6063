using WireMock;
using WireMock.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CustomGpt.Tests.Streaming;

/// <summary>
/// A WireMock.Net server on loopback that answers POSTs with server-sent events, either all at once
/// or written by the test one at a time, so a test decides what the client has received so far.
/// </summary>
internal sealed class SseServer : IDisposable
{
    public const string MessagesPath = "/api/v1/projects/7/conversations/abc-123/messages";
    public const string CompletionsPath = "/api/v1/projects/7/chat/completions";

    readonly WireMockServer _server = WireMockServer.Start();
    readonly HttpClient _http = new();

    /// <summary>The SDK's entry point pointed at this server, with the fake test key.</summary>
    public CustomGptClient CustomGpt() =>
        new(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri(_server.Url!) }, _http);

    /// <summary>Answers POSTs to <paramref name="path"/> with one event per data, then closes.</summary>
    public void Serve(string path, params string[] data) =>
        Serve(path, queue =>
        {
            foreach (var item in data) queue.Write(Event(item));
            return Task.CompletedTask;
        });

    /// <summary>Answers POSTs to <paramref name="path"/> with what <paramref name="write"/> writes, as it writes it.</summary>
    public void Serve(string path, Func<IBlockingQueue<string?>, Task> write) =>
        _server.Given(Request.Create().WithPath(path).UsingPost())
            .RespondWith(Response.Create()
                .WithHeader("Content-Type", "text/event-stream")
                .WithSseBody(async (_, queue) =>
                {
                    try { await write(queue); }
                    finally { queue.Close(); }
                }));

    /// <summary>Answers POSTs to <paramref name="path"/> with a plain JSON body, as the API does when it refuses.</summary>
    public void Answer(string path, int status, string json) =>
        _server.Given(Request.Create().WithPath(path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json));

    /// <summary>One data-only event on the wire.</summary>
    public static string Event(string data) => $"data: {data}\n\n";

    /// <summary>How many requests the server received.</summary>
    public int RequestCount => _server.LogEntries.Count();

    /// <summary>The one request the server received.</summary>
    public IRequestMessage ReceivedRequest => Assert.Single(_server.LogEntries).RequestMessage!;

    public void Dispose()
    {
        _http.Dispose();
        _server.Stop();
        _server.Dispose();
    }
}
