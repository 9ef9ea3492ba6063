using System.Diagnostics;
using System.Net;
using System.Text;

namespace CustomGpt.Tests.Reliability;

/// <summary>
/// An endpoint that answers each request with the next step of a script (a response, an exception,
/// or no answer at all) and records when each request arrived.
/// </summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _steps = new();
    readonly Stopwatch _clock = Stopwatch.StartNew();

    public List<(HttpMethod Method, TimeSpan At)> Arrivals { get; } = [];

    public ScriptedHandler Answer(HttpStatusCode status, string body = """{"status":"success","data":{"id":1}}""", Action<HttpResponseMessage>? headers = null)
    {
        _steps.Enqueue((request, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = request };
            headers?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public ScriptedHandler Throw(Exception exception)
    {
        _steps.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <summary>A server that accepted the request and never answers (until the caller gives up).</summary>
    public ScriptedHandler Hang()
    {
        _steps.Enqueue(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Arrivals.Add((request.Method, _clock.Elapsed));
        if (_steps.Count == 0) throw new InvalidOperationException("The script has no answer left: a request was sent more often than expected.");
        return _steps.Dequeue()(request, cancellationToken);
    }

    public CustomGptClient Client(int maxAttempts = 3, TimeSpan? timeout = null, TimeSpan? attemptTimeout = null, TimeSpan? maxDelay = null) =>
        new(new CustomGptClientOptions
        {
            ApiKey = TestKeys.ApiKey,
            BaseUrl = new Uri("https://api.test/"),
            Timeout = timeout ?? TimeSpan.FromSeconds(10),
            AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(5),
            Retry = new CustomGptRetryOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = maxDelay ?? TimeSpan.FromSeconds(5) },
        }, new HttpClient(this));

    public static HttpRequestException ConnectionRefused() =>
        new(HttpRequestError.ConnectionError, "Connection refused (api.test:443)", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));
}
