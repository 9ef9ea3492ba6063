using CustomGpt.ContractTests.Assertions;
using CustomGpt.SpecTool.Verify;

namespace CustomGpt.ContractTests;

/// <summary>The comparison behind every success case accepts the API's looseness and catches wrong values.</summary>
public sealed class PayloadComparerTests
{
    const string Recorded = """
        { "id": 1042, "project_name": "Docs", "is_chat_active": 1, "is_shared": false, "sitemap_path": null,
          "created_at": "2023-06-24 21:40:24", "updated_at": "2023-06-24T21:21:46.000000Z", "type": "SITEMAP", "is_anonymized": 0 }
        """;

    static Agent Read() => new()
    {
        Id = 1042, ProjectName = "Docs", IsChatActive = true, IsShared = false,
        CreatedAt = new DateTimeOffset(2023, 6, 24, 21, 40, 24, TimeSpan.Zero), UpdatedAt = new DateTimeOffset(2023, 6, 24, 21, 21, 46, TimeSpan.Zero),
        Type = AgentType.Sitemap, AdditionalProperties = { ["is_anonymized"] = 0L },
    };

    static IReadOnlyList<string> Compare(Agent agent) => PayloadComparer.Differences(RecordingFile.Parse(Recorded), agent, typeof(Agent));

    [Fact]
    public void Accepts_loose_booleans_both_timestamp_formats_and_kept_extra_fields() => Assert.Empty(Compare(Read()));

    [Fact]
    public void Catches_a_wrong_number() => Assert.Contains(Compare(Mutate(a => a.Id = 1043)), d => d.StartsWith("$.id:"));

    [Fact]
    public void Catches_a_wrong_boolean() => Assert.Contains(Compare(Mutate(a => a.IsChatActive = false)), d => d.StartsWith("$.is_chat_active:"));

    [Fact]
    public void Catches_a_wrong_instant() =>
        Assert.Contains(Compare(Mutate(a => a.CreatedAt = a.CreatedAt!.Value.AddHours(1))), d => d.StartsWith("$.created_at:"));

    [Fact]
    public void Catches_a_wrong_enum_value() => Assert.Contains(Compare(Mutate(a => a.Type = AgentType.Url)), d => d.StartsWith("$.type:"));

    [Fact]
    public void Catches_a_value_read_from_nowhere() =>
        Assert.Contains(Compare(Mutate(a => a.SitemapPath = "https://x.example/sitemap.xml")), d => d.StartsWith("$.sitemap_path:"));

    [Fact]
    public void Catches_a_dropped_extra_field() =>
        Assert.Contains(Compare(Mutate(a => a.AdditionalProperties.Clear())), d => d.Contains("is_anonymized") && d.Contains("dropped"));

    [Fact]
    public void Accepts_an_unknown_enum_value_read_as_null_but_not_a_known_one()
    {
        var unknown = PayloadComparer.Differences(RecordingFile.Parse("""{ "request_source": "whatsapp" }"""), new TrafficSourceCount(), typeof(TrafficSourceCount));
        var known = PayloadComparer.Differences(RecordingFile.Parse("""{ "request_source": "web" }"""), new TrafficSourceCount(), typeof(TrafficSourceCount));
        Assert.Empty(unknown);
        Assert.Single(known);
    }

    [Fact]
    public void Catches_a_list_of_another_length() =>
        Assert.Contains(PayloadComparer.Differences(RecordingFile.Parse("[1, 2]"), new List<int> { 1 }, typeof(List<int>)), d => d.Contains("2 items"));

    static Agent Mutate(Action<Agent> change)
    {
        var agent = Read();
        change(agent);
        return agent;
    }
}
