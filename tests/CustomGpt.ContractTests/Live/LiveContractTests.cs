using CustomGpt.ContractTests.Assertions;
using CustomGpt.ContractTests.Calls;
using CustomGpt.ContractTests.Replay;
using CustomGpt.SpecTool.Verify;

namespace CustomGpt.ContractTests.Live;

/// <summary>
/// Live mode: the read-only (GET) success cases run against a real server instead of the replay.
/// Values differ there, so each case asserts shapes: the body fits the spec (as verify checks
/// recordings) and the SDK read all of it (the same field-by-field comparison as the replay).
/// Skipped, with how to enable them, unless CUSTOMGPT_CONTRACT_BASE_URL and CUSTOMGPT_API_KEY are set.
/// </summary>
public sealed class LiveContractTests
{
    public static TheoryData<string> Reads =>
        Contract.Names(f => f.IsSuccess && f.Exchanges.Count == 1 && Contract.Spec.Operations[f.OperationId].Method == "GET");

    [SkippableTheory]
    [MemberData(nameof(Reads))]
    public async Task Fits_the_spec_live(string recording)
    {
        var live = LiveServer.Instance;
        Skip.If(live is null, LiveServer.HowToEnable);
        var file = Contract.Recordings[recording];
        var operation = Contract.Spec.Operations[file.OperationId];
        var (ids, missing) = (await live.IdsAsync()).For(operation.PathTemplate);
        Skip.If(ids is null, $"The live account has nothing to address {missing} of {operation.PathTemplate} with.");

        object? result;
        try { result = await OperationCalls.For(file.OperationId, file.Case)!(live.Client, ids); }
        catch (CustomGptNotFoundException e) { throw new SkipException($"{file.OperationId}: the live account has none ({e.ApiMessage})."); }

        var (status, contentType, body) = live.Capture.Last ?? throw new InvalidOperationException("No response was captured.");
        var exchange = RecordedExchange.FromResponse($"live {file.OperationId}", status, contentType, body);
        var violations = new ResponseVerifier(Contract.Spec).Verify(file.OperationId, exchange).Where(f => f.Kind == FindingKind.Violation).ToList();
        Assert.True(violations.Count == 0, $"The live response departs from the spec:\n  {string.Join("\n  ", violations)}");
        if (result is FileResponse download) { download.Dispose(); return; }
        var differences = PayloadComparer.Differences(RecordedPayload.Of(Contract.Spec, operation, exchange.Json()!), result, result!.GetType());
        Assert.True(differences.Count == 0, $"The SDK misread the live response:\n  {string.Join("\n  ", differences)}");
    }

    [Fact]
    public void Live_mode_covers_every_read_operation_with_a_recording() =>
        Assert.Equal(
            Contract.Spec.Operations.Values.Where(o => o.Method == "GET").Select(o => o.OperationId).Order(StringComparer.Ordinal),
            ((IEnumerable<object[]>)Reads).Select(row => Contract.Recordings[(string)row[0]].OperationId).Distinct().Order(StringComparer.Ordinal));
}
