using System.Diagnostics;
using CustomGpt.ContractTests.Calls;
using WireMock.Server;

namespace CustomGpt.ContractTests.Faults;

/// <summary>Makes one case's call with the matrix's client options and collects how it ended and what the server logged.</summary>
public static class FaultCaseRunner
{
    public static async Task<FaultOutcome> RunAsync(FaultCase faultCase, WireMockServer server)
    {
        var root = faultCase.Fault == Fault.ConnectionRefused ? ClosedPort.NewBaseUrl() : new Uri(server.Url!);
        using var client = new CustomGptClient(FaultTimings.ClientOptions(new Uri(root, faultCase.Prefix + "/")));

        var clock = Stopwatch.StartNew();
        var call = faultCase.Target.Call(client, ContractIds.Recorded);
        // A call still running at the bound is abandoned; disposing the client cancels it.
        var ended = await Task.WhenAny(call, Task.Delay(FaultTimings.Bound)) == call;
        clock.Stop();
        Exception? failure = null;
        if (ended)
        {
            try { (await call as IDisposable)?.Dispose(); }
            catch (Exception e) { failure = e; }
        }

        await Task.Delay(FaultMappings.LogLag(faultCase.Fault));
        return new FaultOutcome(ended, failure, clock.Elapsed, LoggedRequest.Under(faultCase.Prefix, server.LogEntries));
    }
}
