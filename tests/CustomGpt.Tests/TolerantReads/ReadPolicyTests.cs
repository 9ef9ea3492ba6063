using CustomGpt.Json;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>A client's read policy, from its options, and how an issue describes itself.</summary>
public class ReadPolicyTests
{
    [Fact]
    public void Default_options_share_the_tolerant_policy()
    {
        var policy = ReadPolicy.From(new CustomGptClientOptions());

        Assert.Same(ReadPolicy.Tolerant, policy);
        Assert.False(policy.Strict);
        Assert.Null(policy.OnIssue);
    }

    [Fact]
    public void Strict_reads_or_an_observer_make_a_policy_of_their_own()
    {
        Action<ReadIssue> observer = _ => { };

        var strict = ReadPolicy.From(new CustomGptClientOptions { StrictReads = true });
        var observed = ReadPolicy.From(new CustomGptClientOptions { OnReadIssue = observer });

        Assert.True(strict.Strict);
        Assert.Null(strict.OnIssue);
        Assert.False(observed.Strict);
        Assert.Same(observer, observed.OnIssue);
    }

    [Fact]
    public void An_issue_says_where_and_what_without_the_value() =>
        Assert.Equal(
            "Agents_Get: data.stats was an array where object AgentStats was expected; left unset",
            new ReadIssue("Agents_Get", "data.stats", "object AgentStats", "an array").ToString());
}
