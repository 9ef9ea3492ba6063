using System.Diagnostics;
using System.Globalization;
using CustomGpt.Benchmarks.Clients;
using CustomGpt.Benchmarks.Fixtures;
using CustomGpt.Benchmarks.Server;

namespace CustomGpt.Benchmarks.Probes;

/// <summary>How long after the server sent an event the caller saw it, in microseconds.</summary>
public sealed record StreamLatency(string Reader, int Events, double P50Microseconds, double P90Microseconds, double P99Microseconds, double MaxMicroseconds);

/// <summary>
/// The delay between an event leaving the server and the caller's loop receiving it, with the
/// server pacing events (one every 2 ms) so that each travels alone. Every event carries the
/// time it was written; both readers see the same server, socket and HTTP stack, so the SDK's
/// added latency is its figure minus the raw line reader's.
/// </summary>
internal static class StreamLatencyProbe
{
    const int EventsPerAnswer = 250;
    const int Rounds = 4;

    public static async Task<IReadOnlyList<StreamLatency>> RunAsync()
    {
        var api = new ServedApi(ApiBodies.Create()) { PacedEventCount = EventsPerAnswer, PacedInterval = TimeSpan.FromMilliseconds(2) };
        await using var clients = await ClientSet.StartAsync(api);
        var request = new SendMessageRequest { Prompt = "How do citations work?" };
        IAsyncEnumerable<MessageStreamEvent> Sdk() => clients.Sdk.Conversations.SendMessageStreamAsync(ApiBodies.AgentId, ServedApi.PacedSessionId, request);
        IAsyncEnumerable<MessageStreamEvent> Raw() => clients.HandWritten.StreamAnswerAsync(ApiBodies.AgentId, ServedApi.PacedSessionId, request.Prompt);

        // One answer each to warm up, then alternate, so both meet the same machine conditions.
        await LatenciesAsync(Raw());
        await LatenciesAsync(Sdk());
        List<double> raw = [], sdk = [];
        for (var round = 0; round < Rounds; round++)
        {
            raw.AddRange(await LatenciesAsync(Raw()));
            sdk.AddRange(await LatenciesAsync(Sdk()));
        }
        return [Summarize("HandWritten_LineReader", raw), Summarize("Sdk_SendMessageStreamAsync", sdk)];
    }

    static async Task<List<double>> LatenciesAsync(IAsyncEnumerable<MessageStreamEvent> events)
    {
        var latencies = new List<double>(EventsPerAnswer);
        await foreach (var streamEvent in events)
        {
            var seen = Stopwatch.GetTimestamp();
            if (streamEvent.Status != MessageStreamStatus.Progress) continue;
            var sent = long.Parse(streamEvent.Message!, CultureInfo.InvariantCulture);
            latencies.Add(Stopwatch.GetElapsedTime(sent, seen).TotalMicroseconds);
        }
        return latencies.Count == EventsPerAnswer ? latencies : throw new InvalidOperationException($"Saw {latencies.Count} of {EventsPerAnswer} events.");
    }

    static StreamLatency Summarize(string reader, List<double> latencies)
    {
        latencies.Sort();
        double At(double quantile) => latencies[(int)Math.Min(latencies.Count - 1, Math.Round(quantile * (latencies.Count - 1)))];
        return new StreamLatency(reader, latencies.Count, At(0.5), At(0.9), At(0.99), latencies[^1]);
    }
}
