using static CustomGpt.Tests.Hostile.HostileCalls;

namespace CustomGpt.Tests.Hostile;

/// <summary>
/// Item 4: what an exception says about retries is what happened on the wire: a wait that does not
/// fit in the time left ends the call with the answer that asked for it, and Attempts and Elapsed
/// count only attempts sent and time spent.
/// </summary>
public class RetryAccountingTests
{
    static readonly TimeSpan HangsAfter = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_Retry_After_longer_than_the_time_left_ends_the_call_with_the_429_at_once()
    {
        await using var server = new HostileServer(exchange =>
            exchange.RespondAsync(429, """{"message":"Too Many Attempts."}""", headers: "Retry-After: 20"));
        using var client = Client(server, o => { o.Timeout = TimeSpan.FromSeconds(2); o.Retry.MaxDelay = TimeSpan.FromSeconds(30); });
        var outcome = await Outcome.OfAsync(() => ReadAsync(client), HangsAfter);
        var e = outcome.Threw<CustomGptRateLimitException>(TimeSpan.FromSeconds(1.5));
        Assert.Equal(TimeSpan.FromSeconds(20), e.RetryAfter);
        Assert.Equal(1, e.Attempts);
        Assert.Empty(e.EarlierAttempts);
        Assert.Equal("Too Many Attempts.", e.ApiMessage);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_back_off_that_does_not_fit_ends_the_call_with_the_last_answer_and_the_attempts_sent()
    {
        await using var server = new HostileServer(exchange => exchange.RespondAsync(503, """{"message":"Service Unavailable"}"""));
        using var client = Client(server, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(1.5);
            o.Retry = new CustomGptRetryOptions { MaxAttempts = 5, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };
        });
        var outcome = await Outcome.OfAsync(() => ReadAsync(client), HangsAfter);
        var e = outcome.Threw<CustomGptServerException>(TimeSpan.FromSeconds(2.5));
        Assert.Equal(server.Requests.Count, e.Attempts);
        Assert.Equal(e.Attempts - 1, e.EarlierAttempts.Count);
    }

    [Fact]
    public async Task A_timeout_counts_the_attempts_that_went_out_and_the_time_that_passed()
    {
        await using var server = new HostileServer(exchange => exchange.StallAsync());
        using var client = Client(server, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(1.2);
            o.AttemptTimeout = TimeSpan.FromMilliseconds(500);
            o.Retry = new CustomGptRetryOptions { MaxAttempts = 5, BaseDelay = TimeSpan.FromMilliseconds(300), MaxDelay = TimeSpan.FromSeconds(1) };
        });
        var outcome = await Outcome.OfAsync(() => ReadAsync(client), HangsAfter);
        var e = outcome.Threw<CustomGptTimeoutException>(TimeSpan.FromSeconds(2.5));
        Assert.Equal(server.Requests.Count, e.Attempts);
        Assert.Equal(e.Attempts - 1, e.EarlierAttempts.Count);
        Assert.True(e.Elapsed <= outcome.Elapsed, $"Elapsed says {e.Elapsed.TotalSeconds:0.00} s; the call took {outcome.Elapsed.TotalSeconds:0.00} s");
    }
}
