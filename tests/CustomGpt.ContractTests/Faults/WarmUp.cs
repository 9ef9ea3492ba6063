using CustomGpt.ContractTests.Calls;
using WireMock.Server;

namespace CustomGpt.ContractTests.Faults;

/// <summary>
/// Every call of the matrix once, two at a time, against its recorded success, before any fault.
/// The first call of each operation compiles its way through the SDK, Newtonsoft's contracts and
/// WireMock; on 2 cores, with many cases at once, that took longer than an attempt timeout and
/// turned answers into retries the cases did not expect.
/// </summary>
public static class WarmUp
{
    public static async Task RunAsync()
    {
        using var server = WireMockServer.Start();
        using var slots = new SemaphoreSlim(2);
        await Task.WhenAll(FaultTarget.All.Select(async target =>
        {
            var prefix = $"/warm-up/{target.Name}";
            FaultMappings.StageSuccess(server, prefix, target);
            await slots.WaitAsync();
            try
            {
                using var client = new CustomGptClient(FaultTimings.PatientOptions(new Uri(new Uri(server.Url!), prefix + "/")));
                (await target.Call(client, ContractIds.Recorded) as IDisposable)?.Dispose();
            }
            finally { slots.Release(); }
        }));
        server.Stop();
    }
}
