using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CustomGpt.Benchmarks.Fixtures;

/// <summary>
/// Server-sent events of a streamed answer as the API words them: <c>start</c>, many
/// <c>progress</c> deltas, <c>finish</c>.
/// </summary>
internal static class MessageEvents
{
    public const int BulkProgressCount = 10_000;

    public static readonly byte[] Start = Event("{\"status\":\"start\",\"prompt\":\"How do citations work?\"}");

    public static readonly byte[] Finish = Event(
        "{\"status\":\"finish\",\"id\":901,\"created_at\":\"2024-03-02T10:00:00.000000Z\"," +
        $"\"session_id\":\"{ApiBodies.SessionId}\",\"citations\":[1,2,3]}}");

    /// <summary>A whole answer of <see cref="BulkProgressCount"/> deltas, sent at once.</summary>
    public static readonly byte[] BulkAnswer = BuildBulkAnswer();

    /// <summary>
    /// A delta whose text is the time it was sent (<see cref="Stopwatch"/> ticks): the reader
    /// subtracts it from the time it sees the event. Server and reader share the process, so
    /// they share the clock.
    /// </summary>
    public static byte[] TimestampedProgress() =>
        Event("{\"status\":\"progress\",\"message\":\"" + Stopwatch.GetTimestamp().ToString(CultureInfo.InvariantCulture) + "\"}");

    static byte[] BuildBulkAnswer()
    {
        var text = new StringBuilder();
        for (var i = 0; i < BulkProgressCount; i++)
            text.Append("data: {\"status\":\"progress\",\"message\":\"token").Append(i).Append(" \"}\n\n");
        return [.. Start, .. Encoding.UTF8.GetBytes(text.ToString()), .. Finish];
    }

    static byte[] Event(string json) => Encoding.UTF8.GetBytes($"data: {json}\n\n");
}
