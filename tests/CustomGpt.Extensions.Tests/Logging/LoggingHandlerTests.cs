using System.Net;
using CustomGpt.Extensions.Logging;
using CustomGpt.Extensions.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace CustomGpt.Extensions.Tests.Logging;

/// <summary>
/// The logging handler on its own: a request that is not an SDK operation, the headers only at
/// Trace level, a failure as a warning and a cancellation as information (the exception going on
/// untouched), and the duration in milliseconds.
/// </summary>
public sealed class LoggingHandlerTests
{
    readonly RecordingLoggerProvider _logs = new();

    HttpMessageInvoker Handler(Func<HttpRequestMessage, Task<HttpResponseMessage>> answer, LogLevel minimum = LogLevel.Trace)
    {
        var factory = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(minimum));
        return new HttpMessageInvoker(new CustomGptLoggingHandler(factory.CreateLogger("Test")) { InnerHandler = new Answering(answer) });
    }

    static HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://api.test/api/v1/things?secret=1") { Content = new StringContent("x") };
        request.Headers.TryAddWithoutValidation("X-Api-Key", "key-0123456789");
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        return request;
    }

    [Fact]
    public async Task A_request_that_is_no_sdk_operation_is_logged_with_its_path_and_at_trace_its_redacted_headers()
    {
        using var response = await Handler(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted))).SendAsync(Request(), CancellationToken.None);

        var received = Assert.Single(_logs.Entries, e => e.EventId.Name == "ResponseReceived");
        Assert.Equal(("(not an SDK operation)", "POST", "/api/v1/things", 202, 1),
            (received.Value("OperationId"), received.Value("Method"), received.Value("Path"), received.Value("StatusCode"), received.Value("Attempt")));
        var headers = Assert.Single(_logs.Entries, e => e.EventId.Name == "RequestHeaders");
        Assert.Equal("X-Api-Key: REDACTED; Accept: application/json; Content-Type: text/plain; charset=utf-8", headers.Value("Headers"));
        Assert.Single(_logs.Entries, e => e.EventId.Name == "ResponseHeaders");
    }

    [Fact]
    public async Task Below_trace_level_no_headers_are_logged()
    {
        using var response = await Handler(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)), LogLevel.Information).SendAsync(Request(), CancellationToken.None);

        Assert.Single(_logs.Entries, e => e.EventId.Name == "ResponseReceived");
        Assert.DoesNotContain(_logs.Entries, e => e.EventId.Name is "RequestHeaders" or "ResponseHeaders");
    }

    [Fact]
    public async Task A_request_without_a_url_is_logged_with_an_empty_path()
    {
        using var response = await Handler(_ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK))).SendAsync(new HttpRequestMessage(), CancellationToken.None);

        Assert.Equal("", Assert.Single(_logs.Entries, e => e.EventId.Name == "ResponseReceived").Value("Path"));
    }

    [Fact]
    public async Task A_failure_is_a_warning_with_the_exception_which_goes_on_untouched()
    {
        var failure = new HttpRequestException("refused");

        var thrown = await Assert.ThrowsAsync<HttpRequestException>(() => Handler(_ => throw failure).SendAsync(Request(), CancellationToken.None));

        Assert.Same(failure, thrown);
        var entry = Assert.Single(_logs.Entries, e => e.EventId.Name == "RequestFailed");
        Assert.Equal((LogLevel.Warning, (Exception)failure), (entry.Level, entry.Exception!));
        Assert.DoesNotContain(_logs.Entries, e => e.EventId.Name == "RequestCanceled");
    }

    [Fact]
    public async Task A_cancellation_is_information_not_a_warning()
    {
        await Assert.ThrowsAsync<TaskCanceledException>(() => Handler(_ => throw new TaskCanceledException()).SendAsync(Request(), CancellationToken.None));

        Assert.Equal(LogLevel.Information, Assert.Single(_logs.Entries, e => e.EventId.Name == "RequestCanceled").Level);
        Assert.DoesNotContain(_logs.Entries, e => e.EventId.Name == "RequestFailed");
    }

    [Fact]
    public async Task The_duration_is_in_milliseconds()
    {
        using var response = await Handler(async _ =>
        {
            await Task.Delay(60);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }).SendAsync(Request(), CancellationToken.None);

        var elapsed = (double)Assert.Single(_logs.Entries, e => e.EventId.Name == "ResponseReceived").Value("ElapsedMilliseconds")!;
        Assert.InRange(elapsed, 50, 30_000);
    }

    sealed class Answering(Func<HttpRequestMessage, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => answer(request);
    }
}
