using System.Diagnostics;
using CustomGpt.ContractTests.Calls;
using WireMock.Server;

namespace CustomGpt.ContractTests.Faults;

/// <summary>
/// A JSON answer whose body stops coming after the status line and half the body, the connection
/// left open (a stuck proxy or server). The call must still end within its Timeout, and the
/// caller's cancellation must still stop it: neither may wait for the server to give up.
/// </summary>
public sealed class BodyStallTests : IAsyncLifetime
{
    // Far beyond the call's limits: a call that ends only when the server gives up ends after this.
    static readonly TimeSpan ServerGivesUpAfter = TimeSpan.FromSeconds(6);
    // Well above a first call's start-up cost, so that the headers have come when the limit strikes.
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);
    static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(700);

    readonly WireMockServer _server = WireMockServer.Start();
    readonly FaultTarget _target = FaultTarget.Named("Agents_Get");

    public async Task InitializeAsync()
    {
        FaultMappings.Given(_server, "/stall", _target, "Agents_Get: stalls mid-body").RespondWith(FaultMappings.BreakOff(_target.Success, ServerGivesUpAfter));
        // One whole answer first: the path through the SDK and WireMock is compiled before the limit counts.
        FaultMappings.StageSuccess(_server, "/ready", _target);
        using var client = new CustomGptClient(FaultTimings.PatientOptions(new Uri(new Uri(_server.Url!), "/ready/")));
        await client.Agents.GetAsync(ContractIds.Recorded.Agent);
    }

    CustomGptClient Client(TimeSpan timeout) =>
        new(FaultTimings.Options(new Uri(new Uri(_server.Url!), "/stall/"), timeout, timeout, new CustomGptRetryOptions { MaxAttempts = 1 }));

    [Fact]
    public async Task A_read_whose_body_stalls_times_out_within_its_timeout()
    {
        using var client = Client(Limit);
        var (failure, elapsed) = await CallAsync(client, CancellationToken.None);
        Assert.True(failure is CustomGptTimeoutException && elapsed < Limit + Slack,
            $"expected CustomGptTimeoutException within {(Limit + Slack).TotalSeconds} s; {Ending(failure, elapsed)}");
    }

    [Fact]
    public async Task Cancelling_a_read_whose_body_stalls_stops_it()
    {
        using var client = Client(TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(Limit);
        var (failure, elapsed) = await CallAsync(client, cancel.Token);
        Assert.True(failure is OperationCanceledException && elapsed < Limit + Slack,
            $"expected OperationCanceledException within {(Limit + Slack).TotalSeconds} s; {Ending(failure, elapsed)}");
    }

    static async Task<(Exception? Failure, TimeSpan Elapsed)> CallAsync(CustomGptClient client, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var failure = await Record.ExceptionAsync(() => client.Agents.GetAsync(ContractIds.Recorded.Agent, cancellationToken: cancellationToken));
        return (failure, clock.Elapsed);
    }

    static string Ending(Exception? failure, TimeSpan elapsed) =>
        $"after {elapsed.TotalSeconds:0.0} s the call {(failure is null ? "succeeded" : $"threw {failure.GetType().Name}: {failure.Message}")}";

    public Task DisposeAsync()
    {
        _server.Stop();
        _server.Dispose();
        return Task.CompletedTask;
    }
}
