using static CustomGpt.Tests.Hostile.HostileCalls;

namespace CustomGpt.Tests.Hostile;

/// <summary>
/// Item 5: MaxAttempts counts requests on the wire. The runtime's own quiet resend of a body-less
/// request whose connection closed before any answer must not stack on the SDK's retries.
/// </summary>
public class ResendTests
{
    static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    static HostileServer ClosesWithoutAnswering() => new(exchange =>
    {
        exchange.Close();
        return Task.CompletedTask;
    });

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_read_whose_connection_closes_unanswered_goes_out_MaxAttempts_times(int maxAttempts)
    {
        await using var server = ClosesWithoutAnswering();
        using var client = Client(server, o => o.Retry.MaxAttempts = maxAttempts);
        var outcome = await Outcome.OfAsync(() => ReadAsync(client), Within);
        var e = outcome.Threw<CustomGptConnectionException>(Within);
        Assert.Equal(maxAttempts, server.Requests.Count);
        Assert.Equal(maxAttempts, e.Attempts);
    }

    [Fact]
    public async Task A_post_whose_connection_closes_unanswered_goes_out_once()
    {
        await using var server = ClosesWithoutAnswering();
        using var client = Client(server);
        var outcome = await Outcome.OfAsync(() => CreateAsync(client), Within);
        outcome.Threw<CustomGptConnectionException>(Within);
        Assert.Single(server.Requests);
    }
}
