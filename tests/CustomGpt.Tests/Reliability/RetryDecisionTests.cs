using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CustomGpt.Http;

namespace CustomGpt.Tests.Reliability;

/// <summary>The rules of retrying, each at its limits: methods, statuses, bodies, failures and waits.</summary>
public class RetryDecisionTests
{
    static readonly CustomGptRetryOptions Options = new() { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(30) };

    [Theory]
    [InlineData("GET", true)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    [InlineData("HEAD", true)]
    [InlineData("OPTIONS", true)]
    [InlineData("POST", false)]
    [InlineData("PATCH", false)]
    [InlineData("TRACE", false)]
    public void Only_methods_whose_repetition_changes_nothing_are_idempotent(string method, bool idempotent) =>
        Assert.Equal(idempotent, RetryDecisions.IsIdempotent(new HttpMethod(method)));

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(200, false)]
    [InlineData(400, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(428, false)]
    [InlineData(430, false)]
    [InlineData(501, false)]
    [InlineData(505, false)]
    public void Only_timeouts_throttling_and_passing_server_failures_are_retried(int status, bool retryable) =>
        Assert.Equal(retryable, RetryDecisions.IsRetryableStatus((HttpStatusCode)status));

    [Fact]
    public void Buffered_bodies_replay_and_streams_do_not()
    {
        Assert.True(RetryDecisions.CanReplay(null));
        Assert.True(RetryDecisions.CanReplay(new StringContent("{}")));
        Assert.True(RetryDecisions.CanReplay(new ByteArrayContent([1, 2])));
        Assert.True(RetryDecisions.CanReplay(new FormUrlEncodedContent([new("a", "b")])));
        Assert.False(RetryDecisions.CanReplay(new StreamContent(new MemoryStream([1]))));
        Assert.True(RetryDecisions.CanReplay(new MultipartFormDataContent { new StringContent("a"), new ByteArrayContent([1]) }));
        Assert.True(RetryDecisions.CanReplay(new MultipartFormDataContent()));
        Assert.False(RetryDecisions.CanReplay(new MultipartFormDataContent { new StringContent("a"), new StreamContent(new MemoryStream([1])) }));
        Assert.False(RetryDecisions.CanReplay(new MultipartContent { new MultipartFormDataContent { new StreamContent(new MemoryStream([1])) } }));
    }

    public static TheoryData<Exception, bool> Failures() => new()
    {
        { new SocketException((int)SocketError.ConnectionRefused), true },
        { new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)), true },
        { new IOException("outer", new HttpRequestException("inner", new SocketException((int)SocketError.ConnectionRefused))), true },
        { new HttpRequestException(HttpRequestError.ConnectionError, "no connection"), true },
        { new HttpRequestException(HttpRequestError.NameResolutionError, "no such host"), true },
        { new IOException("outer", new HttpRequestException(HttpRequestError.NameResolutionError, "no such host")), true },
        { new SocketException((int)SocketError.ConnectionReset), false },
        { new SocketException((int)SocketError.TimedOut), false },
        { new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), false },
        { new HttpRequestException(HttpRequestError.SecureConnectionError, "tls"), false },
        { new HttpRequestException("reset", new IOException("connection reset")), false },
        { new IOException("connection reset"), false },
        { new TaskCanceledException(), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Only_a_refused_or_unresolved_connection_proves_the_request_never_arrived(Exception failure, bool never) =>
        Assert.Equal(never, RetryDecisions.NeverReachedServer(failure));

    [Fact]
    public void Transport_failures_are_http_request_and_io_failures()
    {
        Assert.True(RetryDecisions.IsTransportFailure(new HttpRequestException("x")));
        Assert.True(RetryDecisions.IsTransportFailure(new IOException("x")));
        Assert.True(RetryDecisions.IsTransportFailure(new EndOfStreamException()));
        Assert.False(RetryDecisions.IsTransportFailure(new SocketException((int)SocketError.ConnectionReset)));
        Assert.False(RetryDecisions.IsTransportFailure(new InvalidOperationException()));
        Assert.False(RetryDecisions.IsTransportFailure(new TaskCanceledException()));
    }

    [Theory]
    // Base 100 ms doubled per attempt from the second, times a jitter of 0.8 to 1.2.
    [InlineData(2, 0.0, 80)]
    [InlineData(2, 0.5, 100)]
    [InlineData(2, 1.0, 120)]
    [InlineData(3, 0.0, 160)]
    [InlineData(3, 1.0, 240)]
    [InlineData(4, 0.5, 400)]
    [InlineData(6, 0.25, 1_440)]
    public void Without_retry_after_the_wait_is_exponential_with_jitter(int nextAttempt, double random, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), RetryDecisions.Delay(nextAttempt, null, Options, () => random));

    [Fact]
    public void The_back_off_stops_at_the_maximum_delay()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDecisions.Delay(20, null, Options, () => 0.5));
        var tight = new CustomGptRetryOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(1) };
        Assert.Equal(TimeSpan.FromSeconds(1), RetryDecisions.Delay(2, null, tight, () => 1.0));
        Assert.Equal(TimeSpan.FromMilliseconds(800), RetryDecisions.Delay(2, null, tight, () => 0.0));
    }

    static HttpResponseMessage RetryAfter(RetryConditionHeaderValue value) => new((HttpStatusCode)429) { Headers = { RetryAfter = value } };

    [Fact]
    public void Retry_after_in_seconds_replaces_the_back_off_up_to_the_maximum_delay()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), RetryDecisions.Delay(2, RetryAfter(new(TimeSpan.FromSeconds(7))), Options, () => 1.0));
        Assert.Equal(TimeSpan.Zero, RetryDecisions.Delay(5, RetryAfter(new(TimeSpan.Zero)), Options, () => 1.0));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDecisions.Delay(2, RetryAfter(new(TimeSpan.FromSeconds(3600))), Options, () => 0.0));
        // A response without Retry-After leaves the back-off.
        Assert.Equal(TimeSpan.FromMilliseconds(100), RetryDecisions.Delay(2, new HttpResponseMessage((HttpStatusCode)503), Options, () => 0.5));
    }

    [Fact]
    public void Retry_after_as_a_date_waits_until_then_and_a_past_date_not_at_all()
    {
        // HTTP dates have whole seconds: 20 s ahead is a wait of 19 to 20 s.
        var wait = RetryDecisions.Delay(2, RetryAfter(new(DateTimeOffset.UtcNow.AddSeconds(20))), Options, () => 0.5);
        Assert.InRange(wait, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(20));
        Assert.Equal(TimeSpan.Zero, RetryDecisions.Delay(2, RetryAfter(new(DateTimeOffset.UtcNow.AddHours(-1))), Options, () => 1.0));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryDecisions.Delay(2, RetryAfter(new(DateTimeOffset.UtcNow.AddHours(1))), Options, () => 0.0));
    }
}
