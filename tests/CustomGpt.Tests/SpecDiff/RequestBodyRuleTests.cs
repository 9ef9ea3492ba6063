using CustomGpt.SpecTool.Diff;
using static CustomGpt.Tests.SpecDiff.Documents;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>Request body rules: callers send these values, so anything stricter than before breaks them.</summary>
public class RequestBodyRuleTests
{
    const string Agent = """{"type":"object","properties":{"project_name":{"type":"string"},"file":{"type":"string","format":"binary"}}}""";
    const string At = "POST /items → request body";

    [Fact]
    public void Json_replaced_by_multipart_is_one_breaking_change_and_the_fields_are_still_compared()
    {
        var multipart = Agent.Replace("""{"project_name":""", """{"is_ocr_enabled":{"type":"boolean"},"project_name":""");
        var changes = Diff(Taking(Agent), Taking(multipart, "multipart/form-data"));
        Assert.Equal(2, changes.Count);
        var mediaType = changes[0];
        Assert.Equal(("request-media-type-changed", Severity.Breaking, At), (mediaType.Rule.Id, mediaType.Severity, mediaType.Location.ToString()));
        Assert.Equal("media type application/json → multipart/form-data", mediaType.Detail);
        Assert.Equal(("request-property-added-optional", $"{At} → multipart/form-data → is_ocr_enabled"), (changes[1].Rule.Id, changes[1].Location.ToString()));
    }

    [Fact]
    public void A_dropped_media_type_is_breaking_and_an_extra_one_info()
    {
        var json = Taking(Agent);
        var both = json.Replace("""{"application/json":""", $$"""{"multipart/form-data":{"schema":{{Agent}}},"application/json":""");
        Assert.Equal(Severity.Breaking, Only(Diff(both, json), "request-media-type-removed", At).Severity);
        Assert.Equal(Severity.Info, Only(Diff(json, both), "request-media-type-added", At).Severity);
    }

    [Fact]
    public void A_new_required_property_is_breaking_and_a_new_optional_one_info()
    {
        var required = Agent.Replace("""{"type":"object",""", """{"type":"object","required":["sitemap_path"],""")
            .Replace("""{"project_name":""", """{"sitemap_path":{"type":"string"},"project_name":""");
        Assert.Equal(Severity.Breaking, Only(Diff(Taking(Agent), Taking(required)), "request-property-added-required", $"{At} → sitemap_path").Severity);
        var optional = Agent.Replace("""{"project_name":""", """{"sitemap_path":{"type":"string"},"project_name":""");
        Assert.Equal(Severity.Info, Only(Diff(Taking(Agent), Taking(optional)), "request-property-added-optional", $"{At} → sitemap_path").Severity);
    }

    [Fact]
    public void A_removed_property_is_breaking()
    {
        var change = Only(Diff(Taking(Agent), Taking("""{"type":"object","properties":{"project_name":{"type":"string"}}}""")),
            "request-property-removed", $"{At} → file");
        Assert.Equal(Severity.Breaking, change.Severity);
        Assert.Equal("removed (was string/binary)", change.Detail);
    }

    [Fact]
    public void An_optional_property_becoming_required_is_breaking_and_the_reverse_info()
    {
        var required = Agent.Replace("""{"type":"object",""", """{"type":"object","required":["project_name"],""");
        Assert.Equal(Severity.Breaking, Only(Diff(Taking(Agent), Taking(required)), "request-property-became-required", $"{At} → project_name").Severity);
        Assert.Equal(Severity.Info, Only(Diff(Taking(required), Taking(Agent)), "request-property-became-optional", $"{At} → project_name").Severity);
    }

    [Fact]
    public void A_retyped_property_is_breaking()
    {
        var change = Only(Diff(Taking("""{"type":"object","properties":{"enable_citations":{"type":"boolean"}}}"""),
                               Taking("""{"type":"object","properties":{"enable_citations":{"type":"integer"}}}""")),
            "request-type-changed", $"{At} → enable_citations");
        Assert.Equal("type boolean → integer", change.Detail);
    }

    [Fact]
    public void A_changed_format_is_breaking()
    {
        Only(Diff(Taking("""{"type":"string","format":"date"}"""), Taking("""{"type":"string","format":"date-time"}""")), "request-format-changed", At);
    }

    [Fact]
    public void A_removed_enum_value_is_breaking_and_an_added_one_info()
    {
        var changes = Diff(Taking("""{"type":"string","enum":["gpt-4","gpt-4o"]}"""), Taking("""{"type":"string","enum":["gpt-4o","o3-mini"]}"""));
        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, c => c is { Rule.Id: "request-enum-value-removed", Severity: Severity.Breaking, Detail: "enum value \"gpt-4\" removed" });
        Assert.Contains(changes, c => c is { Rule.Id: "request-enum-value-added", Severity: Severity.Info, Detail: "enum value \"o3-mini\" added" });
    }

    [Fact]
    public void No_longer_accepting_null_is_breaking_and_accepting_it_info()
    {
        var nullable = Taking("""{"type":"string","nullable":true}""");
        var plain = Taking("""{"type":"string"}""");
        Assert.Equal(Severity.Breaking, Only(Diff(nullable, plain), "request-nullable-removed", At).Severity);
        Assert.Equal(Severity.Info, Only(Diff(plain, nullable), "request-nullable-added", At).Severity);
    }

    [Fact]
    public void A_body_that_appears_required_is_breaking_and_optional_info()
    {
        const string none = """{"/items":{"post":{"responses":{"204":{"description":"done"}}}}}""";
        Assert.Equal(Severity.Breaking, Only(Diff(none, Taking(Agent)), "request-body-added-required", At).Severity);
        Assert.Equal(Severity.Info, Only(Diff(none, Taking(Agent, required: false)), "request-body-added-optional", At).Severity);
        Assert.Equal(Severity.Breaking, Only(Diff(Taking(Agent), none), "request-body-removed", At).Severity);
    }

    [Fact]
    public void A_body_becoming_required_is_breaking_and_optional_info()
    {
        Assert.Equal(Severity.Breaking, Only(Diff(Taking(Agent, required: false), Taking(Agent)), "request-body-became-required", At).Severity);
        Assert.Equal(Severity.Info, Only(Diff(Taking(Agent), Taking(Agent, required: false)), "request-body-became-optional", At).Severity);
    }
}
