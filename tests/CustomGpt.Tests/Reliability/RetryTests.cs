using System.Net;

namespace CustomGpt.Tests.Reliability;

public class RetryTests
{
    static readonly string Credits = """{"status":"error","data":{"code":429,"message":"You have exhausted your current query credits."}}""";

    [Fact]
    public async Task A_read_that_meets_503_twice_succeeds_on_the_third_attempt()
    {
        var server = new ScriptedHandler().Answer(HttpStatusCode.ServiceUnavailable).Answer(HttpStatusCode.ServiceUnavailable).Answer(HttpStatusCode.OK);
        var agent = await server.Client().Agents.GetAsync(1);
        Assert.Equal(1, agent.Id);
        Assert.Equal(3, server.Arrivals.Count);
    }

    [Fact]
    public async Task When_every_attempt_fails_the_exception_says_how_many_were_made_and_why()
    {
        var server = new ScriptedHandler().Answer(HttpStatusCode.BadGateway).Throw(new IOException("connection reset")).Answer(HttpStatusCode.ServiceUnavailable, """{"message":"Service Unavailable"}""");
        var e = await Assert.ThrowsAsync<CustomGptServerException>(() => server.Client().Agents.GetAsync(1));
        Assert.Equal(3, e.Attempts);
        Assert.Equal(["HTTP 502", "IOException: connection reset"], e.EarlierAttempts);
        Assert.Contains("3 attempts", e.Message);
    }

    [Fact]
    public async Task A_post_that_reached_the_server_is_never_sent_twice()
    {
        var server = new ScriptedHandler().Answer(HttpStatusCode.ServiceUnavailable);
        await Assert.ThrowsAsync<CustomGptServerException>(() => server.Client().Agents.ReplicateAsync(1));
        Assert.Single(server.Arrivals);

        var broken = new ScriptedHandler().Throw(new IOException("connection reset mid-response"));
        var e = await Assert.ThrowsAsync<CustomGptConnectionException>(() => broken.Client().Agents.ReplicateAsync(1));
        Assert.Single(broken.Arrivals);
        Assert.Equal(0, e.StatusCode);
        Assert.Equal("Agents_Replicate", e.OperationId);
    }

    [Fact]
    public async Task A_post_whose_connection_was_refused_is_sent_again()
    {
        var server = new ScriptedHandler().Throw(ScriptedHandler.ConnectionRefused()).Answer(HttpStatusCode.Created);
        var agent = await server.Client().Agents.ReplicateAsync(1);
        Assert.Equal(1, agent.Id);
        Assert.Equal(2, server.Arrivals.Count);
    }

    [Fact]
    public async Task An_upload_whose_stream_cannot_be_replayed_is_not_retried_even_when_refused()
    {
        var server = new ScriptedHandler().Throw(ScriptedHandler.ConnectionRefused());
        using var file = new FileParameter(new MemoryStream([1, 2, 3]), "a.txt", "text/plain");
        await Assert.ThrowsAsync<CustomGptConnectionException>(() => server.Client().Agents.CreateAsync(new CreateAgentRequest { ProjectName = "x", File = file }));
        Assert.Single(server.Arrivals);
    }

    [Fact]
    public async Task Retry_after_is_honoured_and_capped_by_the_maximum_delay()
    {
        var server = new ScriptedHandler()
            .Answer((HttpStatusCode)429, """{"message":"Too Many Attempts."}""", r => r.Headers.TryAddWithoutValidation("Retry-After", "1"))
            .Answer(HttpStatusCode.OK);
        await server.Client().Agents.GetAsync(1);
        Assert.True(server.Arrivals[1].At - server.Arrivals[0].At >= TimeSpan.FromMilliseconds(950), $"waited only {server.Arrivals[1].At - server.Arrivals[0].At}");

        var capped = new ScriptedHandler()
            .Answer((HttpStatusCode)429, """{"message":"Too Many Attempts."}""", r => r.Headers.TryAddWithoutValidation("Retry-After", "3600"))
            .Answer(HttpStatusCode.OK);
        await capped.Client(maxDelay: TimeSpan.FromMilliseconds(20)).Agents.GetAsync(1);
        Assert.True(capped.Arrivals[1].At - capped.Arrivals[0].At < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Exhausted_query_credits_are_a_quota_and_not_retried()
    {
        var server = new ScriptedHandler().Answer((HttpStatusCode)429, Credits);
        var e = await Assert.ThrowsAsync<CustomGptRateLimitException>(() => server.Client().Agents.GetAsync(1));
        Assert.True(e.IsQuotaExhausted);
        Assert.Single(server.Arrivals);
    }

    [Fact]
    public async Task A_hanging_attempt_times_out_and_the_next_one_succeeds()
    {
        var server = new ScriptedHandler().Hang().Answer(HttpStatusCode.OK);
        var agent = await server.Client(attemptTimeout: TimeSpan.FromMilliseconds(100)).Agents.GetAsync(1);
        Assert.Equal(1, agent.Id);
        Assert.Equal(2, server.Arrivals.Count);
    }

    [Fact]
    public async Task A_call_past_its_overall_timeout_fails_naming_the_operation_and_the_time()
    {
        var server = new ScriptedHandler().Hang();
        var e = await Assert.ThrowsAsync<CustomGptTimeoutException>(() => server.Client(timeout: TimeSpan.FromMilliseconds(200)).Agents.GetAsync(1));
        Assert.Equal("Agents_Get", e.OperationId);
        Assert.True(e.Elapsed >= TimeSpan.FromMilliseconds(150), e.Elapsed.ToString());
        Assert.Contains("Agents_Get failed with no complete response", e.Message);
    }

    [Fact]
    public async Task A_call_the_caller_cancels_is_cancelled_not_timed_out()
    {
        var server = new ScriptedHandler().Hang();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => server.Client().Agents.GetAsync(1, cancellationToken: cancel.Token));
        Assert.IsNotType<CustomGptTimeoutException>(e);
        Assert.Single(server.Arrivals);
    }
}
