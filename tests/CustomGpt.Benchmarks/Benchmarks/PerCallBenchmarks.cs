using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomGpt.Benchmarks.Fixtures;

namespace CustomGpt.Benchmarks.Benchmarks;

/// <summary>
/// One call, SDK against the hand-written call, for a small and a large body. The SDK sends
/// through the same HttpClient as the hand-written call (its set-up with a caller's client).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class PerCallBenchmarks : LoopbackBenchmarks
{
    [Benchmark(Baseline = true), BenchmarkCategory(Groups.PerCallSmall)]
    public Task<Agent> HandWritten_GetAgent() => Clients.HandWritten.GetAgentAsync(ApiBodies.AgentId);

    [Benchmark, BenchmarkCategory(Groups.PerCallSmall)]
    public Task<Agent> Sdk_Agents_GetAsync() => Clients.Sdk.Agents.GetAsync(ApiBodies.AgentId);

    /// <summary>Without a caller's HttpClient the SDK's pipeline ends in its own socket handler: no request copy.</summary>
    [Benchmark, BenchmarkCategory(Groups.PerCallSmall)]
    public Task<Agent> Sdk_Agents_GetAsync_OwnHttpClient() => Clients.SdkOwnHttpClient.Agents.GetAsync(ApiBodies.AgentId);

    [Benchmark(Baseline = true), BenchmarkCategory(Groups.PerCallLarge)]
    public Task<MessagesResult> HandWritten_ListMessages() => Clients.HandWritten.ListMessagesAsync(ApiBodies.AgentId, ApiBodies.SessionId);

    [Benchmark, BenchmarkCategory(Groups.PerCallLarge)]
    public Task<MessagesResult> Sdk_Conversations_ListMessagesAsync() => Clients.Sdk.Conversations.ListMessagesAsync(ApiBodies.AgentId, ApiBodies.SessionId);
}
