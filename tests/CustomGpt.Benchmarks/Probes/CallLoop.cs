using CustomGpt.Benchmarks.Clients;
using CustomGpt.Benchmarks.Fixtures;

namespace CustomGpt.Benchmarks.Probes;

/// <summary>
/// One client's call of the client-CPU probe (the GET of the 1 KB agent over the in-memory handler),
/// again and again for a number of seconds and nothing else: a steady process for a sampling
/// profiler to attach to, e.g.
/// <c>dotnet-trace collect --profile cpu-sampling -- dotnet CustomGpt.Benchmarks.dll loop sdk 20</c>.
/// Clients: <c>handwritten</c>, <c>sdk</c> (the caller's HttpClient), <c>sdk-own</c> (the SDK's own pipeline).
/// </summary>
internal static class CallLoop
{
    static readonly Uri BaseUrl = new("http://127.0.0.1:9/");

    public static async Task RunAsync(string client, TimeSpan duration)
    {
        var agent = ApiBodies.Create().Agent;
        using var http = new HttpClient(new InMemoryHandler(agent));
        var options = new CustomGptClientOptions { ApiKey = ClientSet.ApiKey, BaseUrl = BaseUrl };
        var handWritten = new HandWrittenApi(http, BaseUrl, ClientSet.ApiKey);
        using var sdk = new CustomGptClient(options, http);
        using var sdkOwn = CustomGptClient.OverHandler(options, new InMemoryHandler(agent));
        Func<Task> call = client switch
        {
            "handwritten" => () => handWritten.GetAgentAsync(ApiBodies.AgentId),
            "sdk" => () => sdk.Agents.GetAsync(ApiBodies.AgentId),
            "sdk-own" => () => sdkOwn.Agents.GetAsync(ApiBodies.AgentId),
            _ => throw new ArgumentException($"Unknown client '{client}': handwritten, sdk or sdk-own.", nameof(client)),
        };
        var end = DateTime.UtcNow + duration;
        long calls = 0;
        while (DateTime.UtcNow < end)
        {
            for (var i = 0; i < 10_000; i++) await call();
            calls += 10_000;
        }
        Console.WriteLine($"{client}: {calls} calls in {duration.TotalSeconds:0} s");
    }
}
