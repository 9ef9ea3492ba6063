using System.Buffers;
using System.Globalization;
using CustomGpt.Benchmarks.Fixtures;
using Microsoft.AspNetCore.Http;

namespace CustomGpt.Benchmarks.Server;

/// <summary>
/// The part of the CustomGPT API the benchmarks call, answered from <see cref="ApiBodies"/>:
/// one agent, a conversation's messages, the agent list's pages, and a streamed answer (all at
/// once, or paced one event at a time for the latency probe).
/// </summary>
internal sealed class ServedApi(ApiBodies bodies, int agentPageCount = 1)
{
    /// <summary>The session id whose streamed answer is paced.</summary>
    public const string PacedSessionId = "paced";

    readonly AgentPages _agentPages = new(bodies.AgentItem, agentPageCount);

    /// <summary>How many timestamped deltas a paced answer holds, and the pause after each.</summary>
    public int PacedEventCount { get; init; } = 200;
    public TimeSpan PacedInterval { get; init; } = TimeSpan.FromMilliseconds(2);

    public Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        // /api/v1/projects[/{id}[/conversations/{sessionId}/messages]], told apart by depth;
        // counted rather than split so the server allocates nothing per request for it.
        var depth = path.AsSpan().Count('/');
        return (request.Method, depth) switch
        {
            ("GET", 3) => AgentPageAsync(context),
            ("GET", 4) => JsonAsync(context.Response, bodies.Agent),
            ("GET", 7) => JsonAsync(context.Response, bodies.MessagesPage),
            ("POST", 7) when path.Contains($"/{PacedSessionId}/", StringComparison.Ordinal) => PacedAnswerAsync(context),
            ("POST", 7) => EventsAsync(context.Response, MessageEvents.BulkAnswer),
            _ => NotFoundAsync(context.Response),
        };
    }

    static async Task JsonAsync(HttpResponse response, byte[] body)
    {
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        await response.BodyWriter.WriteAsync(body).ConfigureAwait(false);
    }

    Task AgentPageAsync(HttpContext context)
    {
        var number = int.TryParse(context.Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 1;
        var (head, items, tail) = _agentPages.Page(number);
        var response = context.Response;
        response.ContentType = "application/json";
        response.ContentLength = head.Length + items.Length + tail.Length;
        response.BodyWriter.Write(head);
        response.BodyWriter.Write(items);
        response.BodyWriter.Write(tail);
        return response.BodyWriter.FlushAsync().AsTask();
    }

    static async Task EventsAsync(HttpResponse response, byte[] events)
    {
        response.ContentType = "text/event-stream";
        await response.BodyWriter.WriteAsync(events).ConfigureAwait(false);
    }

    async Task PacedAnswerAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        await response.BodyWriter.WriteAsync(MessageEvents.Start).ConfigureAwait(false);
        for (var i = 0; i < PacedEventCount; i++)
        {
            await Task.Delay(PacedInterval).ConfigureAwait(false);
            // Stamped just before it is written and flushed to the socket.
            await response.BodyWriter.WriteAsync(MessageEvents.TimestampedProgress()).ConfigureAwait(false);
        }
        await response.BodyWriter.WriteAsync(MessageEvents.Finish).ConfigureAwait(false);
    }

    static Task NotFoundAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
