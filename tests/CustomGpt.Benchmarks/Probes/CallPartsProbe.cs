using System.Diagnostics;
using CustomGpt.Benchmarks.Clients;
using CustomGpt.Benchmarks.Fixtures;
using CustomGpt.Http;
using CustomGpt.Json;
using Newtonsoft.Json;

namespace CustomGpt.Benchmarks.Probes;

/// <summary>
/// Where the client-CPU probe's call spends its time: the same GET of the 1 KB agent taken apart
/// (the JSON read alone, the request alone, then one handler of the pipeline after another, over the in-memory handler),
/// each the fastest of 12 rounds of 20,000, with its allocations. Differences between rows are the
/// cost of a step. Reaches into the SDK's internal pipeline (InternalsVisibleTo), so it measures
/// exactly the pieces the SDK assembles. <c>CustomGpt.Benchmarks parts</c>.
/// </summary>
internal static class CallPartsProbe
{
    const int Calls = 20_000;
    const int Rounds = 12;

    public static void Run()
    {
        var body = ApiBodies.Create().Agent;
        var baseUrl = new Uri("http://127.0.0.1:9/");
        using var http = new HttpClient(new InMemoryHandler(body));
        var options = new CustomGptClientOptions { ApiKey = ClientSet.ApiKey, BaseUrl = baseUrl };
        var settings = ClientSettings.Resolve(options);
        var limits = PipelineLimits.From(options, options.Timeout);
        using var inMemory = new HttpMessageInvoker(new InMemoryHandler(body));
        using var redirect = new HttpMessageInvoker(new RedirectHandler(settings.Authorizer) { InnerHandler = new InMemoryHandler(body) });
        using var retry = new HttpMessageInvoker(new RetryHandler(limits) { InnerHandler = new InMemoryHandler(body) });
        using var callerClient = new HttpMessageInvoker(new CallerHttpClientHandler(http));
        using var callerPipeline = HttpPipeline.Create(settings, options, http);
        using var ownPipeline = HttpPipeline.Create(settings, options, null, new InMemoryHandler(body));
        var handWritten = new HandWrittenApi(http, baseUrl, ClientSet.ApiKey);
        using var sdk = new CustomGptClient(options, http);
        using var sdkOwn = CustomGptClient.OverHandler(options, new InMemoryHandler(body));

        // The body read from memory with the SDK's tolerant settings, and with none of them.
        var sdkJson = JsonSerializer.Create(CustomGptJson.CreateSettings());
        var defaultJson = new JsonSerializer();
        void Read(JsonSerializer serializer)
        {
            using var json = new JsonTextReader(Utf8BufferReader.TryCreate(body, body.Length)!) { ArrayPool = SharedCharArrayPool.Instance };
            serializer.Deserialize<AgentEnvelope>(json);
        }
        // The request as the SDK prepares it for Agents.GetAsync: URL, Accept, operation, User-Agent, key.
        HttpRequestMessage Request()
        {
            var message = new ApiRequest(HttpMethod.Get, "Agents_Get", settings.BaseUrlText).Path("api/v1/projects/").PathValue(ApiBodies.AgentId).ToMessage(MediaTypes.Json);
            message.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
            settings.Authorizer.AuthorizeAsync(message, default).GetAwaiter().GetResult();
            return message;
        }
        void Send(HttpMessageInvoker invoker)
        {
            using var message = Request();
            using var response = invoker.SendAsync(message, default).GetAwaiter().GetResult();
        }

        (string Step, Action Call)[] steps =
        [
            ("hand-written call, whole", () => handWritten.GetAgentAsync(ApiBodies.AgentId).GetAwaiter().GetResult()),
            ("SDK call, caller's HttpClient", () => sdk.Agents.GetAsync(ApiBodies.AgentId).GetAwaiter().GetResult()),
            ("SDK call, own pipeline", () => sdkOwn.Agents.GetAsync(ApiBodies.AgentId).GetAwaiter().GetResult()),
            ("JSON read only, the SDK's settings", () => Read(sdkJson)),
            ("JSON read only, Newtonsoft's defaults", () => Read(defaultJson)),
            ("SDK request only", () => { using var message = Request(); }),
            ("  + in-memory handler", () => Send(inMemory)),
            ("  + redirect handler", () => Send(redirect)),
            ("  + retry handler (buffers the body)", () => Send(retry)),
            ("  + the caller's HttpClient, no copy", () =>
            {
                using var message = Request();
                using var response = http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            }),
            ("  + copy through the caller's HttpClient", () => Send(callerClient)),
            ("  + whole pipeline, caller's HttpClient", () => Send(callerPipeline)),
            ("  + whole pipeline, own", () => Send(ownPipeline)),
        ];
        var best = steps.ToDictionary(s => s.Step, _ => (Cpu: double.MaxValue, Bytes: 0L));
        for (var round = 0; round <= Rounds; round++)
        {
            foreach (var (step, call) in steps)
            {
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                for (var i = 0; i < Calls; i++) call();
                process.Refresh();
                var perCall = (process.TotalProcessorTime - cpu).TotalMicroseconds / Calls;
                // Round 0 warms up (JIT, tiering) and is not kept.
                if (round > 0 && perCall < best[step].Cpu) best[step] = (perCall, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / Calls);
            }
        }
        Console.WriteLine($"{"Step",-42} {"CPU per call",12} {"Allocated",10}");
        foreach (var (step, _) in steps) Console.WriteLine($"{step,-42} {best[step].Cpu,9:0.00} µs {best[step].Bytes,8} B");
    }
}
