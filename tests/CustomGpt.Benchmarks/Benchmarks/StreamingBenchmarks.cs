using BenchmarkDotNet.Attributes;
using CustomGpt.Benchmarks.Fixtures;

namespace CustomGpt.Benchmarks.Benchmarks;

/// <summary>A streamed answer of 10,000 progress events: the SDK's streaming helper against a raw line reader.</summary>
[MemoryDiagnoser]
[CategoriesColumn]
public class StreamingBenchmarks : LoopbackBenchmarks
{
    const string Prompt = "How do citations work?";

    [Benchmark(Baseline = true), BenchmarkCategory(Groups.Streaming)]
    public async Task<int> HandWritten_LineReader()
    {
        var progress = 0;
        await foreach (var streamEvent in Clients.HandWritten.StreamAnswerAsync(ApiBodies.AgentId, ApiBodies.SessionId, Prompt))
            if (streamEvent.Status == MessageStreamStatus.Progress) progress++;
        return Expect(progress);
    }

    [Benchmark, BenchmarkCategory(Groups.Streaming)]
    public async Task<int> Sdk_SendMessageStreamAsync()
    {
        var progress = 0;
        var request = new SendMessageRequest { Prompt = Prompt };
        await foreach (var streamEvent in Clients.Sdk.Conversations.SendMessageStreamAsync(ApiBodies.AgentId, ApiBodies.SessionId, request))
            if (streamEvent.Status == MessageStreamStatus.Progress) progress++;
        return Expect(progress);
    }

    static int Expect(int progress) =>
        progress == MessageEvents.BulkProgressCount ? progress : throw new InvalidOperationException($"Read {progress} progress events.");
}
