using CustomGpt.SpecTool.Diff;
using static CustomGpt.Tests.SpecDiff.Documents;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>Response rules: clients read these values, so losing or retyping one breaks them and new values may surprise them.</summary>
public class ResponseRuleTests
{
    const string Page = """
        {"type":"object","properties":{"data":{"type":"object","properties":{"data":{"type":"array","items":
          {"type":"object","properties":{"id":{"type":"integer"},"is_shared":{"type":"boolean"}}}}}}}}
        """;

    [Fact]
    public void A_removed_property_is_breaking_and_located_by_its_path_through_arrays()
    {
        var change = Only(Diff(RespondingWith(Page), RespondingWith(Page.Replace(""","is_shared":{"type":"boolean"}""", ""))),
            "response-property-removed", "GET /items → response 200 → data.data[].is_shared");
        Assert.Equal(Severity.Breaking, change.Severity);
        Assert.Contains("boolean", change.Detail);
    }

    [Fact]
    public void An_added_property_is_info()
    {
        var change = Only(Diff(RespondingWith(Page), RespondingWith(Page.Replace("""{"id":""", """{"name":{"type":"string"},"id":"""))),
            "response-property-added", "GET /items → response 200 → data.data[].name");
        Assert.Equal(Severity.Info, change.Severity);
    }

    [Fact]
    public void A_retyped_property_is_breaking_and_its_members_are_not_compared_further()
    {
        var change = Only(Diff(RespondingWith(Page), RespondingWith("""{"type":"object","properties":{"data":{"type":"string"}}}""")),
            "response-type-changed", "GET /items → response 200 → data");
        Assert.Equal("type object → string", change.Detail);
        Assert.Equal(Severity.Breaking, change.Severity);
    }

    [Fact]
    public void A_format_added_to_what_clients_read_changes_no_byte_but_retypes_the_member()
    {
        var change = Only(Diff(RespondingWith("""{"type":"string"}"""), RespondingWith("""{"type":"string","format":"uuid"}""")),
            "response-format-added", "GET /items → response 200");
        Assert.Equal("format (none) → uuid", change.Detail);
        Assert.Equal((Severity.Info, Surface.Breaking), (change.Severity, change.Surface));
    }

    [Fact]
    public void A_format_that_maps_to_no_other_csharp_type_leaves_the_surface_alone()
    {
        var change = Only(Diff(RespondingWith("""{"type":"string"}"""), RespondingWith("""{"type":"string","format":"email"}""")),
            "response-format-added", "GET /items → response 200");
        Assert.Equal(Surface.None, change.Surface);
    }

    [Fact]
    public void A_format_removed_or_changed_in_what_clients_read_is_breaking()
    {
        Assert.Equal(Severity.Breaking, Only(Diff(RespondingWith("""{"type":"string","format":"uuid"}"""), RespondingWith("""{"type":"string"}""")),
            "response-format-removed", "GET /items → response 200").Severity);
        Assert.Equal(Severity.Breaking, Only(Diff(RespondingWith("""{"type":"string","format":"uuid"}"""), RespondingWith("""{"type":"string","format":"date-time"}""")),
            "response-format-changed", "GET /items → response 200").Severity);
    }

    [Fact]
    public void A_new_enum_value_is_a_warning_and_a_dropped_one_is_info()
    {
        var changes = Diff(RespondingWith("""{"type":"string","enum":["a","b"]}"""), RespondingWith("""{"type":"string","enum":["b","c"]}"""));
        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, c => c is { Rule.Id: "response-enum-value-added", Severity: Severity.Warning, Detail: "enum value \"c\" added" });
        Assert.Contains(changes, c => c is { Rule.Id: "response-enum-value-removed", Severity: Severity.Info, Detail: "enum value \"a\" removed" });
    }

    [Fact]
    public void Becoming_nullable_is_a_warning_and_no_longer_nullable_is_info()
    {
        var nullable = RespondingWith("""{"type":"string","nullable":true}""");
        var plain = RespondingWith("""{"type":"string"}""");
        Assert.Equal(Severity.Warning, Only(Diff(plain, nullable), "response-nullable-added", "GET /items → response 200").Severity);
        Assert.Equal(Severity.Info, Only(Diff(nullable, plain), "response-nullable-removed", "GET /items → response 200").Severity);
    }

    [Fact]
    public void A_property_that_may_now_be_absent_is_a_warning()
    {
        var required = RespondingWith("""{"type":"object","required":["id"],"properties":{"id":{"type":"integer"}}}""");
        var optional = RespondingWith("""{"type":"object","properties":{"id":{"type":"integer"}}}""");
        Assert.Equal(Severity.Warning, Only(Diff(required, optional), "response-property-became-optional", "GET /items → response 200 → id").Severity);
        Assert.Equal(Severity.Info, Only(Diff(optional, required), "response-property-became-required", "GET /items → response 200 → id").Severity);
    }

    [Fact]
    public void A_removed_success_status_is_breaking_and_an_added_one_a_warning()
    {
        var ok = RespondingWith("""{"type":"string"}""");
        var created = ok.Replace("\"200\"", "\"201\"");
        var changes = Diff(ok, created);
        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, c => c is { Rule.Id: "response-success-status-removed", Severity: Severity.Breaking } && c.Location.ToString() == "GET /items → response 200");
        Assert.Contains(changes, c => c is { Rule.Id: "response-success-status-added", Severity: Severity.Warning } && c.Location.ToString() == "GET /items → response 201");
    }

    [Fact]
    public void Error_statuses_added_or_removed_are_info()
    {
        var without = RespondingWith("""{"type":"string"}""");
        var with = without.Replace("\"string\"}}}}", "\"string\"}}}},\"404\":{\"description\":\"missing\"}");
        Assert.Equal(Severity.Info, Only(Diff(without, with), "response-error-status-added", "GET /items → response 404").Severity);
        Assert.Equal(Severity.Info, Only(Diff(with, without), "response-error-status-removed", "GET /items → response 404").Severity);
    }

    [Fact]
    public void A_replaced_response_media_type_is_breaking()
    {
        var json = RespondingWith("""{"type":"string"}""");
        var change = Only(Diff(json, json.Replace("application/json", "text/event-stream")), "response-media-type-changed", "GET /items → response 200");
        Assert.Equal("media type application/json → text/event-stream", change.Detail);
    }

    [Fact]
    public void An_extra_response_media_type_is_info_and_a_dropped_one_breaking()
    {
        var one = RespondingWith("""{"type":"string"}""");
        var two = one.Replace("""{"application/json":{"schema":{"type":"string"}}}""",
            """{"application/json":{"schema":{"type":"string"}},"text/plain":{"schema":{"type":"string"}}}""");
        Assert.Equal(Severity.Info, Only(Diff(one, two), "response-media-type-added", "GET /items → response 200").Severity);
        Assert.Equal(Severity.Breaking, Only(Diff(two, one), "response-media-type-removed", "GET /items → response 200").Severity);
    }

    [Fact]
    public void Responses_declared_by_reference_are_compared_by_content()
    {
        const string components = """
            {"responses":{"Ok":{"description":"ok","content":{"application/json":{"schema":{"type":"object","properties":{"a":{"type":"string"}}}}}}}}
            """;
        const string byReference = """{"/items":{"get":{"responses":{"200":{"$ref":"#/components/responses/Ok"}}}}}""";
        var inline = RespondingWith("""{"type":"object","properties":{"a":{"type":"integer"}}}""");
        var changes = ContractDiff.Compare(Of(byReference, components), Of(inline)).Changes;
        Only(changes, "response-type-changed", "GET /items → response 200 → a");
    }
}
