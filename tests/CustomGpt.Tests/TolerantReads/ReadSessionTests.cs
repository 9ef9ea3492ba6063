using CustomGpt.Json;
using Newtonsoft.Json;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// A read's session: started only when someone needs it (strict, observed, or nested in one), the
/// current one on its thread until disposed, and handing its issues to the observer, in order, at the end.
/// </summary>
public class ReadSessionTests
{
    static readonly UnreadableValueException First = new("a", "integer", "a string", strict: false);
    static readonly UnreadableValueException Second = new("b[0]", "boolean", "an object", strict: false);

    static JsonSerializer With(ReadPolicy policy) => JsonSerializer.Create(CustomGptJson.CreateSettings(policy));

    [Fact]
    public void A_tolerant_unobserved_read_needs_no_session()
    {
        Assert.Null(ReadSession.Begin(With(ReadPolicy.Tolerant), "Op"));
        Assert.Null(ReadSession.Begin(JsonSerializer.CreateDefault(), "Op"));
        Assert.Null(ReadSession.Current);
        Assert.False(ReadSession.IsStrict);
    }

    [Fact]
    public void A_strict_or_observed_read_starts_a_session_with_its_policy()
    {
        var strict = new ReadPolicy(true, null);
        using (var session = ReadSession.Begin(With(strict), "Strict_Op"))
        {
            Assert.Same(session, ReadSession.Current);
            Assert.Same(strict, session!.Policy);
            Assert.Equal("Strict_Op", session.OperationId);
            Assert.True(ReadSession.IsStrict);
        }
        Assert.Null(ReadSession.Current);
        Assert.False(ReadSession.IsStrict);

        using (var observed = ReadSession.Begin(With(new ReadPolicy(false, _ => { })), "Observed_Op"))
        {
            Assert.NotNull(observed);
            Assert.False(ReadSession.IsStrict);
        }
    }

    [Fact]
    public void A_read_inside_a_read_gets_its_own_session_and_gives_the_outer_one_back()
    {
        using var outer = ReadSession.Begin(With(new ReadPolicy(true, null)), "Outer");
        using (var inner = ReadSession.Begin(With(ReadPolicy.Tolerant), "Inner"))
        {
            Assert.NotNull(inner);
            Assert.Same(inner, ReadSession.Current);
            Assert.False(ReadSession.IsStrict);
        }
        Assert.Same(outer, ReadSession.Current);
        Assert.True(ReadSession.IsStrict);
    }

    [Fact]
    public void Issues_reach_the_observer_when_the_read_ends_in_the_order_found()
    {
        var seen = new List<ReadIssue>();
        var session = ReadSession.Begin(With(new ReadPolicy(false, seen.Add)), "Agents_Get")!;

        session.Report(First);
        session.Report(Second);
        Assert.Empty(seen);
        session.Dispose();

        Assert.Equal(["a", "b[0]"], seen.Select(i => i.Path));
        Assert.All(seen, i => Assert.Equal("Agents_Get", i.OperationId));
        Assert.Equal(("boolean", "an object"), (seen[1].ExpectedType, seen[1].Found));
    }

    [Fact]
    public void Issues_of_an_unobserved_session_go_nowhere()
    {
        var session = ReadSession.Begin(With(new ReadPolicy(true, null)), "Op")!;
        session.Report(First);

        session.Dispose();

        Assert.Null(ReadSession.Current);
    }

    [Fact]
    public void Strictness_of_a_serializer_comes_from_its_policy()
    {
        Assert.True(ReadSession.IsStrictFor(With(new ReadPolicy(true, null))));
        Assert.False(ReadSession.IsStrictFor(With(new ReadPolicy(false, _ => { }))));
        Assert.False(ReadSession.IsStrictFor(JsonSerializer.CreateDefault()));
    }
}
