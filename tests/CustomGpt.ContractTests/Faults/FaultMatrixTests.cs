using Xunit.Abstractions;

namespace CustomGpt.ContractTests.Faults;

/// <summary>
/// The fault matrix: every fault of <see cref="Fault"/> staged for every operation of the spec (and
/// the two streaming calls) in WireMock.Net; each call must end as <see cref="FaultExpectations"/>
/// says, within a bound, with WireMock's request log showing how many times it was sent.
/// </summary>
public sealed class FaultMatrixTests(FaultMatrix matrix, ITestOutputHelper output) : IClassFixture<FaultMatrix>
{
    public static TheoryData<Fault, string> Cases()
    {
        var data = new TheoryData<Fault, string>();
        foreach (var faultCase in FaultMatrix.Cases) data.Add(faultCase.Fault, faultCase.Target.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_call_ends_as_the_retry_rules_say(Fault fault, string target)
    {
        var faultCase = new FaultCase(fault, FaultTarget.Named(target));
        var expected = FaultExpectations.For(fault, faultCase.Target);
        var outcome = matrix.OutcomeOf(faultCase);
        var problems = FaultAssertions.Problems(faultCase, expected, outcome);
        output.WriteLine($"expected: {expected}\nactual:   {outcome.Describe()}");
        Assert.True(problems.Count == 0,
            $"{faultCase}: {problems.Count} difference(s) from the expectation (see the output)\n  - {string.Join("\n  - ", problems)}");
    }

    [Fact]
    public void The_matrix_covers_every_operation_of_the_spec()
    {
        var targets = FaultTarget.All;
        var missing = Replay.Contract.Spec.Operations.Keys.Except(targets.Select(t => t.OperationId)).ToList();
        Assert.True(missing.Count == 0, "Operations under no fault: " + string.Join(", ", missing));

        var operations = targets.Where(t => t.Shape != ResponseShape.EventStream).ToList();
        output.WriteLine($"Fault matrix: {Enum.GetValues<Fault>().Length} faults × {targets.Count} calls " +
            $"({operations.Count} operations: {operations.Count(t => t.IsIdempotent)} GET/PUT/DELETE, {operations.Count(t => !t.IsIdempotent)} POST; " +
            $"{targets.Count - operations.Count} streaming calls) = {FaultMatrix.Cases.Count} cases in {matrix.Elapsed.TotalSeconds:0.0} s");
        foreach (var group in FaultMatrix.Cases.GroupBy(c => c.Fault))
        {
            var endings = group.Select(c => matrix.OutcomeOf(c)).GroupBy(o => !o.Ended ? "hung" : o.Failure?.GetType().Name ?? "success")
                .Select(g => $"{g.Count()} {g.Key}");
            output.WriteLine($"  {group.Key}: {string.Join(", ", endings)}");
        }
    }
}
