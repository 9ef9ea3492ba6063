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

        object? result = null;
        Exception? failure = null;
        try { result = await call(server.Client, ContractIds.Recorded); }
        catch (Exception e) { failure = e; }

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
}
