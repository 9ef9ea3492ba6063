using CustomGpt.Http;

namespace CustomGpt.Tests.Http;

/// <summary>The pipeline's limits, checked once when a client is built.</summary>
public class PipelineLimitsTests
{
    static CustomGptClientOptions Options() => new() { ApiKey = TestKeys.ApiKey };

    [Fact]
    public void The_limits_are_the_options()
    {
        var retry = new CustomGptRetryOptions { MaxAttempts = 5 };
        var options = new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, AttemptTimeout = TimeSpan.FromSeconds(3), StreamIdleTimeout = TimeSpan.FromSeconds(4), MaxResponseBytes = 1000, MaxStreamEventBytes = 2000, Retry = retry };
        var limits = PipelineLimits.From(options, TimeSpan.FromSeconds(9));
        Assert.Equal(TimeSpan.FromSeconds(9), limits.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(3), limits.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(4), limits.StreamIdleTimeout);
        Assert.Equal(1000, limits.MaxResponseBytes);
        Assert.Equal(2000, limits.MaxStreamEventBytes);
        Assert.Same(retry, limits.Retry);
    }

    [Fact]
    public void Without_retry_options_the_defaults_apply()
    {
        var options = Options();
        options.Retry = null!;
        Assert.Equal(new CustomGptRetryOptions().MaxAttempts, PipelineLimits.From(options, TimeSpan.FromSeconds(1)).Retry.MaxAttempts);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Sizes_must_be_positive(int size)
    {
        var options = Options();
        options.MaxResponseBytes = size;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PipelineLimits.From(options, TimeSpan.FromSeconds(1)));
        Assert.Equal("MaxResponseBytes", e.ParamName);
        Assert.StartsWith("MaxResponseBytes must be positive.", e.Message);

        options = Options();
        options.MaxStreamEventBytes = size;
        Assert.Equal("MaxStreamEventBytes", Assert.Throws<ArgumentOutOfRangeException>(() => PipelineLimits.From(options, TimeSpan.FromSeconds(1))).ParamName);
        options.MaxStreamEventBytes = 1;
        Assert.Equal(1, PipelineLimits.From(options, TimeSpan.FromSeconds(1)).MaxStreamEventBytes);
    }

    [Fact]
    public void The_stream_idle_timeout_must_be_positive_or_infinite()
    {
        var options = Options();
        options.StreamIdleTimeout = TimeSpan.Zero;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PipelineLimits.From(options, TimeSpan.FromSeconds(1)));
        Assert.Equal("StreamIdleTimeout", e.ParamName);
        Assert.StartsWith("StreamIdleTimeout must be positive (or Timeout.InfiniteTimeSpan).", e.Message);
        options.StreamIdleTimeout = TimeSpan.FromTicks(-5);
        Assert.Throws<ArgumentOutOfRangeException>(() => PipelineLimits.From(options, TimeSpan.FromSeconds(1)));
        options.StreamIdleTimeout = Timeout.InfiniteTimeSpan;
        Assert.Equal(Timeout.InfiniteTimeSpan, PipelineLimits.From(options, TimeSpan.FromSeconds(1)).StreamIdleTimeout);
        options.StreamIdleTimeout = TimeSpan.FromTicks(1);
        Assert.Equal(TimeSpan.FromTicks(1), PipelineLimits.From(options, TimeSpan.FromSeconds(1)).StreamIdleTimeout);
    }

    [Fact]
    public void A_call_is_within_its_timeout_until_the_timeout_itself()
    {
        var limits = PipelineLimits.From(Options(), TimeSpan.FromSeconds(10));
        Assert.True(limits.WithinTimeout(TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(1)));
        Assert.False(limits.WithinTimeout(TimeSpan.FromSeconds(10)));
        Assert.False(limits.WithinTimeout(TimeSpan.FromSeconds(11)));
        Assert.True(PipelineLimits.From(Options(), Timeout.InfiniteTimeSpan).WithinTimeout(TimeSpan.FromDays(365)));
    }

    [Fact]
    public void The_retry_options_have_their_documented_defaults_and_describe_themselves()
    {
        var retry = new CustomGptRetryOptions();
        Assert.Equal((3, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30)), (retry.MaxAttempts, retry.BaseDelay, retry.MaxDelay));
        Assert.Equal("CustomGptRetryOptions { MaxAttempts = 3, BaseDelay = 00:00:00.5000000, MaxDelay = 00:00:30 }", retry.ToString());
    }
}
