using System.Reflection;

namespace CustomGpt.Tests.Reliability;

/// <summary>Every public async method, every page walk and every stream stops promptly when the caller cancels, leaving no request running.</summary>
public class CancellationTests
{
    /// <summary>A server that takes every request and never answers; it notes each request's end.</summary>
    sealed class SilentServer : HttpMessageHandler
    {
        int _running;
        public int Started;
        public int Running => Volatile.Read(ref _running);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Started);
            Interlocked.Increment(ref _running);
            try { await Task.Delay(Timeout.Infinite, cancellationToken); throw new InvalidOperationException("unreachable"); }
            finally { Interlocked.Decrement(ref _running); }
        }
    }

    public static TheoryData<string> Methods() =>
    [
        .. typeof(CustomGptClient).GetProperties().SelectMany(area => area.PropertyType.GetMethods()
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Select(m => $"{area.Name}.{m.Name}"))
            .Distinct(),
    ];

    // One whole call first: the first test case would otherwise spend much of its 40 ms compiling
    // the SDK's pipeline, and sometimes cancel before its request reached the server.
    static readonly Lazy<Task> PipelineCompiled = new(async () =>
    {
        var endpoint = new RecordingHandler(System.Net.HttpStatusCode.OK, """{"status":"success","data":{"id":1}}""");
        using var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/") }, endpoint.Client());
        await client.Agents.GetAsync(1);
    });

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_cancelled_call_ends_promptly_with_OperationCanceledException(string name)
    {
        await PipelineCompiled.Value;
        var server = new SilentServer();
        using var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/") }, new HttpClient(server));
        var area = typeof(CustomGptClient).GetProperty(name.Split('.')[0])!;
        var method = area.PropertyType.GetMethods().First(m => m.Name == name.Split('.')[1]);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(40));

        var call = Invoke(method, area.GetValue(client)!, cancel.Token);

        var finished = await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(5)));
        Assert.Same(call, finished);
        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        // The caller's own token, as HttpClient would name it, not one the pipeline linked to it.
        Assert.Equal(cancel.Token, cancelled.CancellationToken);
        Assert.Equal(1, server.Started);
        Assert.Equal(0, server.Running);
    }

    static async Task Invoke(MethodInfo method, object target, CancellationToken cancellationToken)
    {
        var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken : Sample(p)).ToArray();
        var result = method.Invoke(target, arguments);
        switch (result)
        {
            case Task task: await task; break;
            default:
                // IAsyncEnumerable<T>: pages and streams start when enumerated.
                var sequence = result!.GetType().GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));
                var enumerator = sequence.GetMethod("GetAsyncEnumerator")!.Invoke(result, [cancellationToken])!;
                var cursor = typeof(IAsyncEnumerator<>).MakeGenericType(sequence.GetGenericArguments());
                await (ValueTask<bool>)cursor.GetMethod("MoveNextAsync")!.Invoke(enumerator, null)!;
                break;
        }
    }

    static object? Sample(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(int)) return 1;
        if (type == typeof(string)) return "session-1";
        if (type.IsClass && type.Namespace == "CustomGpt" && type.GetConstructor(Type.EmptyTypes) is { } constructor) return constructor.Invoke(null);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var item = type.GetGenericArguments()[0];
            var array = Array.CreateInstance(item, 1);
            array.SetValue(item.IsEnum ? Enum.GetValues(item).GetValue(0) : null, 0);
            return array;
        }
        return parameter.HasDefaultValue ? parameter.DefaultValue : null;
    }
}
