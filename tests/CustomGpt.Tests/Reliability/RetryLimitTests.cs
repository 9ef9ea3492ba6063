using System.Net;
using CustomGpt.Http;

namespace CustomGpt.Tests.Reliability;

/// <summary>The retry loop at its limits: exactly MaxAttempts sends, what ends it early, and what each failed attempt is called.</summary>
public class RetryLimitTests
{
    static ScriptedHandler Failing(int times, HttpStatusCode status = HttpStatusCode.ServiceUnavailable)
    {
        var server = new ScriptedHandler();
        for (var i = 0; i < times; i++) server.Answer(status, """{"message":"Service Unavailable"}""");
        return server;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 4)]
    // Zero and below still send once.
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    public async Task A_failing_read_is_sent_exactly_MaxAttempts_times(int maxAttempts, int sent)
    {
        var server = Failing(sent);
        var e = await Assert.ThrowsAsync<CustomGptServerException>(() => server.Client(maxAttempts).Agents.GetAsync(1));
        Assert.Equal(sent, server.Arrivals.Count);
        Assert.Equal(sent, e.Attempts);
        Assert.Equal(Enumerable.Repeat("HTTP 503", sent - 1), e.EarlierAttempts);
    }

    [Fact]
    public async Task The_last_allowed_attempt_may_succeed()
    {
        var server = Failing(3).Answer(HttpStatusCode.OK);
        Assert.Equal(1, (await server.Client(maxAttempts: 4).Agents.GetAsync(1)).Id);
        Assert.Equal(4, server.Arrivals.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.NotImplemented)]
    [InlineData(HttpStatusCode.HttpVersionNotSupported)]
    public async Task A_status_that_will_not_change_is_not_retried(HttpStatusCode status)
    {
        var server = Failing(1, status);
        var e = await Assert.ThrowsAnyAsync<CustomGptApiException>(() => server.Client().Agents.GetAsync(1));
        Assert.Equal((int)status, e.StatusCode);
        Assert.Single(server.Arrivals);
        Assert.Equal(1, e.Attempts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("""{"message":"Too Many Attempts."}""")]
    [InlineData("""{"status":"error","data":{"code":429}}""")]
    public async Task Throttling_without_a_word_of_credits_is_retried(string body)
    {
        var server = new ScriptedHandler().Answer((HttpStatusCode)429, body).Answer(HttpStatusCode.OK);
        Assert.Equal(1, (await server.Client().Agents.GetAsync(1)).Id);
        Assert.Equal(2, server.Arrivals.Count);
    }

    [Theory]
    [InlineData("""{"message":"Credits exhausted."}""")]
    [InlineData("""{"message":"No QUERY CREDITS left"}""")]
    [InlineData("""{"status":"error","data":{"code":429,"message":"You have exhausted your current query credits."}}""")]
    public async Task Throttling_that_names_credits_is_a_quota_and_not_retried(string body)
    {
        var server = new ScriptedHandler().Answer((HttpStatusCode)429, body);
        var e = await Assert.ThrowsAsync<CustomGptRateLimitException>(() => server.Client().Agents.GetAsync(1));
        Assert.True(e.IsQuotaExhausted);
        Assert.Single(server.Arrivals);
    }

    [Fact]
    public async Task Only_a_429_is_read_for_credits_a_503_that_names_them_is_retried()
    {
        var server = new ScriptedHandler().Answer(HttpStatusCode.ServiceUnavailable, """{"message":"Credit service down"}""").Answer(HttpStatusCode.OK);
        Assert.Equal(1, (await server.Client().Agents.GetAsync(1)).Id);
        Assert.Equal(2, server.Arrivals.Count);
    }

    [Fact]
    public async Task Each_earlier_attempt_is_named_by_its_failure()
    {
        var server = new ScriptedHandler().Hang().Throw(new IOException("connection reset")).Answer(HttpStatusCode.GatewayTimeout);
        var e = await Assert.ThrowsAsync<CustomGptServerException>(() => server.Client(attemptTimeout: TimeSpan.FromMilliseconds(250)).Agents.GetAsync(1));
        Assert.Equal(["attempt timed out after 0.25 s", "IOException: connection reset"], e.EarlierAttempts);
        Assert.Equal(3, e.Attempts);
        Assert.Equal(504, e.StatusCode);
    }

    [Fact]
    public async Task When_every_attempt_breaks_the_last_failure_is_the_message_and_the_inner_exception()
    {
        var last = new HttpRequestException("connection closed");
        var server = new ScriptedHandler().Throw(new IOException("first")).Throw(last);
        var e = await Assert.ThrowsAsync<CustomGptConnectionException>(() => server.Client(maxAttempts: 2).Agents.GetAsync(1));
        Assert.Same(last, e.InnerException);
        Assert.Equal(["IOException: first"], e.EarlierAttempts);
        Assert.Equal(2, e.Attempts);
        Assert.Equal(0, e.StatusCode);
        Assert.Contains("connection closed", e.Message);
    }

    [Fact]
    public async Task When_every_attempt_times_out_the_call_is_a_timeout()
    {
        var server = new ScriptedHandler().Hang().Hang();
        var e = await Assert.ThrowsAsync<CustomGptTimeoutException>(() => server.Client(maxAttempts: 2, attemptTimeout: TimeSpan.FromMilliseconds(100)).Agents.GetAsync(1));
        Assert.Equal(["attempt timed out after 0.1 s"], e.EarlierAttempts);
        Assert.Equal(2, server.Arrivals.Count);
        Assert.Matches(@"^no response within \d+(\.\d{1,3})? s$", e.ApiMessage);
        Assert.Equal(0, e.StatusCode);
        Assert.Equal("Agents_Get", e.OperationId);
        Assert.IsAssignableFrom<OperationCanceledException>(e.InnerException);
    }

    [Fact]
    public async Task A_failure_other_than_the_transport_is_not_retried_and_not_wrapped()
    {
        var server = new ScriptedHandler().Throw(new InvalidOperationException("a bug below"));
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => server.Client().Agents.GetAsync(1));
        Assert.Equal("a bug below", e.Message);
        Assert.Single(server.Arrivals);
    }

    [Fact]
    public async Task A_post_refused_once_is_sent_again_but_not_after_it_arrived()
    {
        var server = new ScriptedHandler().Throw(ScriptedHandler.ConnectionRefused()).Answer(HttpStatusCode.ServiceUnavailable);
        var e = await Assert.ThrowsAsync<CustomGptServerException>(() => server.Client().Agents.ReplicateAsync(1));
        Assert.Equal(2, server.Arrivals.Count);
        Assert.Equal(2, e.Attempts);
        Assert.Single(e.EarlierAttempts);
        Assert.StartsWith("HttpRequestException: Connection refused", e.EarlierAttempts[0]);
    }

    [Fact]
    public async Task The_callers_handlers_see_which_attempt_goes_out()
    {
        var seen = new List<int>();
        var server = new ScriptedHandler().Answer(HttpStatusCode.BadGateway).Answer(HttpStatusCode.ServiceUnavailable).Answer(HttpStatusCode.OK);
        var options = new CustomGptClientOptions
        {
            ApiKey = TestKeys.ApiKey,
            BaseUrl = new Uri("https://api.test/"),
            Retry = new CustomGptRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(1) },
        };
        var client = new CustomGptClient(options, new HttpClient(new Observer(seen, server)));
        Assert.Equal(1, (await client.Agents.GetAsync(1)).Id);
        Assert.Equal([1, 2, 3], seen);
    }

    static async Task<HttpResponseMessage> SendThroughRetry(HttpMessageHandler server, TimeSpan timeout, TimeSpan attemptTimeout, CustomGptRetryOptions retry, CancellationToken cancellationToken = default)
    {
        var options = new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, AttemptTimeout = attemptTimeout, Retry = retry };
        using var invoker = new HttpMessageInvoker(new RetryHandler(PipelineLimits.From(options, timeout)) { InnerHandler = server });
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/api/v1/projects/1");
        return await invoker.SendAsync(request, cancellationToken);
    }

    [Fact]
    public async Task The_overall_timeout_ends_an_attempt_long_before_the_attempt_timeout()
    {
        var server = new ScriptedHandler().Hang();
        var e = await Assert.ThrowsAsync<CustomGptTimeoutException>(() =>
            SendThroughRetry(server, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(60), new CustomGptRetryOptions { MaxAttempts = 3 }));
        Assert.Single(server.Arrivals);
        Assert.Equal(1, e.Attempts);
    }

    [Fact]
    public async Task A_back_off_that_would_end_past_the_timeout_ends_the_call_at_once_with_the_last_answer()
    {
        // The wait before attempt 2 is 3.2 to 4.8 s, past the 3 s Timeout: the 503 is the answer.
        var server = Failing(1);
        using var response = await SendThroughRetry(server, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3),
            new CustomGptRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromSeconds(4), MaxDelay = TimeSpan.FromSeconds(10) });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Single(server.Arrivals);
    }

    [Fact]
    public async Task A_caller_who_cancels_during_the_back_off_gets_a_cancellation_and_nothing_is_sent_again()
    {
        var server = Failing(2);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SendThroughRetry(server, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(60),
            new CustomGptRetryOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromSeconds(20), MaxDelay = TimeSpan.FromSeconds(30) }, cancel.Token));
        Assert.IsNotAssignableFrom<CustomGptApiException>(e);
        Assert.Single(server.Arrivals);
    }

    [Fact]
    public async Task An_answer_past_MaxResponseBytes_fails_with_its_status_and_headers_and_is_not_retried()
    {
        var server = new ScriptedHandler().Answer(HttpStatusCode.OK, "{\"status\":\"success\",\"data\":{\"id\":1,\"name\":\"" + new string('x', 4096) + "\"}}",
            r => r.Headers.TryAddWithoutValidation("X-Request-Id", "r-9"));
        var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/"), MaxResponseBytes = 1024 }, new HttpClient(server));
        var e = await Assert.ThrowsAsync<CustomGptApiException>(() => client.Agents.GetAsync(1));
        Assert.Equal(200, e.StatusCode);
        Assert.Equal(["r-9"], e.Headers["X-Request-Id"]);
        Assert.Single(server.Arrivals);
    }

    sealed class Observer(List<int> seen, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(RequestInfo.GetAttempt(request));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
