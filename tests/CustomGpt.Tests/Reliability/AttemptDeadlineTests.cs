using System.Diagnostics;
using CustomGpt.Http;

namespace CustomGpt.Tests.Reliability;

/// <summary>
/// The one timer of an attempt: which limit it carries (the AttemptTimeout, or what is left of the
/// call's Timeout when that comes sooner), whether its expiry ends the call, and the caller's token.
/// </summary>
public class AttemptDeadlineTests
{
    static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    static PipelineLimits Limits(TimeSpan timeout, TimeSpan attemptTimeout) =>
        PipelineLimits.From(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, AttemptTimeout = attemptTimeout }, timeout);

    // A call that started this long ago.
    static long StartedAgo(TimeSpan ago) => Stopwatch.GetTimestamp() - (long)(ago.TotalSeconds * Stopwatch.Frequency);

    static void WaitForCancellation(AttemptDeadline deadline) =>
        Assert.True(deadline.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(20)), "the attempt's time never ran out");

    [Fact]
    public void When_the_attempt_timeout_comes_first_its_expiry_leaves_the_call_going()
    {
        using var deadline = new AttemptDeadline(Limits(Long, TimeSpan.FromMilliseconds(100)), Stopwatch.GetTimestamp(), default);
        WaitForCancellation(deadline);
        Assert.False(deadline.EndedCall);
    }

    [Fact]
    public void When_what_is_left_of_the_timeout_comes_first_its_expiry_ends_the_call()
    {
        // 100 ms left of a 30 s Timeout, against an AttemptTimeout of 20 s.
        using var deadline = new AttemptDeadline(Limits(Long, TimeSpan.FromSeconds(20)), StartedAgo(Long - TimeSpan.FromMilliseconds(100)), default);
        WaitForCancellation(deadline);
        Assert.True(deadline.EndedCall);
    }

    [Fact]
    public void A_timeout_equal_to_what_is_left_ends_the_call_too()
    {
        using var deadline = new AttemptDeadline(Limits(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100)), Stopwatch.GetTimestamp(), default);
        WaitForCancellation(deadline);
        Assert.True(deadline.EndedCall);
    }

    [Fact]
    public void A_call_past_its_timeout_has_no_time_for_another_attempt()
    {
        using var deadline = new AttemptDeadline(Limits(TimeSpan.FromSeconds(1), Long), StartedAgo(TimeSpan.FromSeconds(2)), default);
        Assert.True(deadline.Token.IsCancellationRequested);
        Assert.True(deadline.EndedCall);
    }

    [Fact]
    public void An_infinite_timeout_leaves_the_attempt_timeout_in_charge()
    {
        using var deadline = new AttemptDeadline(Limits(Timeout.InfiniteTimeSpan, TimeSpan.FromMilliseconds(100)), StartedAgo(TimeSpan.FromDays(1)), default);
        WaitForCancellation(deadline);
        Assert.False(deadline.EndedCall);
    }

    [Fact]
    public void An_infinite_attempt_timeout_leaves_the_timeout_in_charge()
    {
        using var deadline = new AttemptDeadline(Limits(TimeSpan.FromMilliseconds(100), Timeout.InfiniteTimeSpan), Stopwatch.GetTimestamp(), default);
        WaitForCancellation(deadline);
        Assert.True(deadline.EndedCall);
    }

    [Fact]
    public void With_no_limit_at_all_only_the_caller_ends_the_attempt()
    {
        using var caller = new CancellationTokenSource();
        using var deadline = new AttemptDeadline(Limits(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan), StartedAgo(TimeSpan.FromDays(1)), caller.Token);
        Assert.False(deadline.Token.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(200)));
        caller.Cancel();
        Assert.True(deadline.Token.IsCancellationRequested);
        Assert.False(deadline.EndedCall);
    }

    [Fact]
    public void The_callers_cancellation_reaches_the_attempt_and_is_not_its_timeout()
    {
        using var caller = new CancellationTokenSource();
        using var deadline = new AttemptDeadline(Limits(Long, TimeSpan.FromSeconds(20)), Stopwatch.GetTimestamp(), caller.Token);
        Assert.False(deadline.Token.IsCancellationRequested);
        caller.Cancel();
        Assert.True(deadline.Token.IsCancellationRequested);
        Assert.False(deadline.EndedCall);
    }

    [Fact]
    public void Each_restart_gives_the_attempt_its_whole_time_again()
    {
        // Restarted every 200 ms for 3 s, an attempt of 2 s never runs out; left alone, it does.
        using var deadline = new AttemptDeadline(Limits(Long, TimeSpan.FromSeconds(2)), Stopwatch.GetTimestamp(), default);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            Thread.Sleep(200);
            Assert.False(deadline.Token.IsCancellationRequested, $"ran out {clock.Elapsed} after the start despite the restarts");
            deadline.Restart();
        }
        WaitForCancellation(deadline);
        Assert.False(deadline.EndedCall);
    }

    [Fact]
    public void A_restart_after_the_attempt_is_over_does_nothing()
    {
        // A late write of an upload can still report progress: the attempt's clock is gone by then.
        var deadline = new AttemptDeadline(Limits(Long, TimeSpan.FromSeconds(5)), Stopwatch.GetTimestamp(), default);
        deadline.Dispose();
        var late = Record.Exception(deadline.Restart);
        Assert.Null(late);
    }

    [Fact]
    public void Elapsed_measures_from_a_timestamp()
    {
        var elapsed = AttemptDeadline.Elapsed(StartedAgo(TimeSpan.FromSeconds(3)));
        Assert.InRange(elapsed, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(13));
    }

    [Fact]
    public void A_limit_of_zero_ends_the_attempt_at_once_not_on_a_timer()
    {
        using var deadline = new AttemptDeadline(Limits(Long, TimeSpan.Zero), Stopwatch.GetTimestamp(), default);
        Assert.True(deadline.Token.IsCancellationRequested);
        Assert.False(deadline.EndedCall);
    }
}
