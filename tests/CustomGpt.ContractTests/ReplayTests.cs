using CustomGpt.ContractTests.Assertions;
using CustomGpt.ContractTests.Calls;
using CustomGpt.ContractTests.Replay;

namespace CustomGpt.ContractTests;

/// <summary>
/// One case per file of spec/recordings: the SDK makes the recorded call against WireMock.Net
/// serving only that recording; the request must match the recording's matchers exactly, and the
/// result must be the recorded payload (success) or the right exception (error).
/// </summary>
public sealed class ReplayTests(ReplayServer server) : IClassFixture<ReplayServer>
{
    public static TheoryData<string> Recordings => Contract.Names();

    [Theory]
    [MemberData(nameof(Recordings))]
    public async Task Replays(string recording)
    {
        var file = Contract.Recordings[recording];
        var call = OperationCalls.For(file.OperationId, file.Case);
        Assert.True(call is not null, $"{recording}: OperationCalls has no call for {file.OperationId}.");
        server.Serve(file);

        // Strict, unless the recording marks where it departs from the spec: then as users read it,
        // and each value the SDK could not read must be one of those marks.
        var deviations = file.Exchanges.SelectMany(e => e.Marks.Deviations).Select(d => d.Pointer).ToHashSet(StringComparer.Ordinal);
        object? result = null;
        Exception? failure = null;
        try { result = await call(deviations.Count == 0 ? server.Client : server.TolerantClient, ContractIds.Recorded); }
        catch (Exception e) { failure = e; }
        Assert.All(server.ReadIssues, issue => Assert.Contains(Pointer(issue.Path), deviations));

        // First: a request the recording does not expect explains any failure that follows.
        server.AssertRequestsMatched(file);
        if (!file.IsSuccess)
        {
            ResultAssertions.AssertError(file, failure);
            return;
        }
        if (failure is not null) Assert.Fail($"{recording}: the recorded call succeeded, the SDK threw {failure}");
        await ResultAssertions.AssertSuccessAsync(file, Contract.Spec, result);
    }

    // data.sources[2].request_source -> /data/sources/2/request_source
    static string Pointer(string path) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(path, @"\[(\d+)\]", ".$1").Replace('.', '/');
}
