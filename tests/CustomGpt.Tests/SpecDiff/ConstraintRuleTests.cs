using CustomGpt.SpecTool.Diff;
using static CustomGpt.Tests.SpecDiff.Documents;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>
/// The rules the vendor-history ground truth found missing, each on a minimal pair of documents:
/// stricter is breaking for what the client sends, looser is breaking for what it reads.
/// </summary>
public class ConstraintRuleTests
{
    const string Sent = "POST /items → request body";
    const string Read = "GET /items → response 200";

    static Change Request(string old, string @new, string ruleId, string location = Sent) => Only(Diff(Taking(old), Taking(@new)), ruleId, location);

    static Change Response(string old, string @new, string ruleId, string location = Read) => Only(Diff(RespondingWith(old), RespondingWith(@new)), ruleId, location);

    static Change Parameter(string oldSchema, string newSchema, string ruleId) =>
        Only(Diff(WithParameters($$"""[{"name":"q","in":"query","schema":{{oldSchema}}}]"""), WithParameters($$"""[{"name":"q","in":"query","schema":{{newSchema}}}]""")),
            ruleId, "GET /items/{id} → query parameter q");

    [Fact]
    public void Items_added_to_an_array_the_client_sends_are_breaking_and_removed_from_one_it_reads_too()
    {
        const string any = """{"type":"array"}""", strings = """{"type":"array","items":{"type":"string"}}""";
        Assert.Equal((Severity.Breaking, Surface.Breaking), Axes(Request(any, strings, "request-items-added")));
        Assert.Equal(Severity.Info, Request(strings, any, "request-items-removed").Severity);
        Assert.Equal(Severity.Info, Response(any, strings, "response-items-added").Severity);
        Assert.Equal(Severity.Breaking, Response(strings, any, "response-items-removed").Severity);
    }

    [Fact]
    public void Items_that_change_type_are_reported_at_the_item()
    {
        var change = Response("""{"type":"array","items":{"type":"string"}}""", """{"type":"array","items":{"type":"integer"}}""", "response-type-changed", $"{Read} → []");
        Assert.Equal("type string → integer", change.Detail);
    }

    [Fact]
    public void An_enum_where_there_was_none_is_breaking_for_a_parameter_and_a_property_the_client_sends()
    {
        Assert.Equal((Severity.Breaking, Surface.Breaking), Axes(Parameter("""{"type":"string"}""", """{"type":"string","enum":["a","b"]}""", "parameter-became-enum")));
        var property = Request("""{"type":"object","properties":{"mode":{"type":"string"}}}""", """{"type":"object","properties":{"mode":{"type":"string","enum":["a"]}}}""",
            "request-became-enum", $"{Sent} → mode");
        Assert.Equal("now restricted to \"a\"", property.Detail);
        Assert.Equal(Severity.Info, Response("""{"type":"string"}""", """{"type":"string","enum":["a"]}""", "response-became-enum").Severity);
        Assert.Equal(Severity.Breaking, Response("""{"type":"string","enum":["a"]}""", """{"type":"string"}""", "response-enum-removed").Severity);
    }

    [Theory]
    [InlineData("""{"type":"string"}""", """{"type":"string","maxLength":10}""", "request-length-tightened", "maxLength (none) → 10")]
    [InlineData("""{"type":"string","maxLength":20}""", """{"type":"string","maxLength":10}""", "request-length-tightened", "maxLength 20 → 10")]
    [InlineData("""{"type":"string","minLength":1}""", """{"type":"string","minLength":3}""", "request-length-tightened", "minLength 1 → 3")]
    [InlineData("""{"type":"string"}""", """{"type":"string","pattern":"^[a-z]+$"}""", "request-pattern-added", "pattern (none) → ^[a-z]+$")]
    [InlineData("""{"type":"integer","minimum":0}""", """{"type":"integer","minimum":1}""", "request-range-tightened", "minimum 0 → 1")]
    [InlineData("""{"type":"integer","maximum":100}""", """{"type":"integer","maximum":50}""", "request-range-tightened", "maximum 100 → 50")]
    [InlineData("""{"type":"integer","maximum":100}""", """{"type":"integer","maximum":100,"exclusiveMaximum":true}""", "request-range-tightened", "maximum 100 → 100 (exclusive)")]
    [InlineData("""{"type":"integer","maximum":100}""", """{"type":"integer","exclusiveMaximum":100}""", "request-range-tightened", "maximum 100 → 100 (exclusive)")]
    [InlineData("""{"type":"array","items":{"type":"string"},"maxItems":10}""", """{"type":"array","items":{"type":"string"},"maxItems":5}""", "request-item-count-tightened", "maxItems 10 → 5")]
    public void A_tightened_bound_on_what_the_client_sends_is_breaking(string old, string @new, string ruleId, string detail)
    {
        var change = Request(old, @new, ruleId);
        Assert.Equal((Severity.Breaking, detail), (change.Severity, change.Detail));
        // The same change in reverse loosens: nothing a caller sends is refused.
        Assert.Equal(Severity.Info, Assert.Single(Diff(Taking(@new), Taking(old))).Severity);
    }

    [Fact]
    public void A_loosened_bound_on_what_the_client_reads_is_breaking_and_a_tightened_one_info()
    {
        Assert.Equal(Severity.Breaking, Response("""{"type":"string","maxLength":10}""", """{"type":"string","maxLength":20}""", "response-length-loosened").Severity);
        Assert.Equal(Severity.Info, Response("""{"type":"string","maxLength":20}""", """{"type":"string","maxLength":10}""", "response-length-tightened").Severity);
        Assert.Equal(Severity.Breaking, Response("""{"type":"integer","minimum":0}""", """{"type":"integer"}""", "response-range-loosened").Severity);
    }

    [Fact]
    public void An_alternative_removed_from_a_request_is_breaking_and_one_added_to_a_response_too()
    {
        const string two = """{"oneOf":[{"type":"string"},{"type":"integer"}]}""", one = """{"oneOf":[{"type":"string"}]}""";
        var removed = Request(two, one, "request-alternative-removed");
        Assert.Equal((Severity.Breaking, "alternative integer removed"), (removed.Severity, removed.Detail));
        Assert.Equal(Severity.Info, Request(one, two, "request-alternative-added").Severity);
        Assert.Equal(Severity.Breaking, Response(one, two, "response-alternative-added").Severity);
        Assert.Equal(Severity.Info, Response(two, one, "response-alternative-removed").Severity);
    }

    [Fact]
    public void Alternatives_match_by_reference_not_by_position()
    {
        const string components = """{"schemas":{"A":{"type":"object","properties":{"a":{"type":"string"}}},"B":{"type":"object","properties":{"b":{"type":"string"}}}}}""";
        var swapped = Diff(Taking("""{"anyOf":[{"$ref":"#/components/schemas/A"},{"$ref":"#/components/schemas/B"}]}"""),
            Taking("""{"anyOf":[{"$ref":"#/components/schemas/B"},{"$ref":"#/components/schemas/A"}]}"""), components);
        Assert.Empty(swapped);
    }

    [Fact]
    public void A_removed_response_header_is_breaking_when_it_was_required_and_a_warning_when_optional()
    {
        static string WithHeader(string headers) =>
            """{"/items":{"get":{"responses":{"200":{"description":"ok","headers":""" + headers + "}}}}}";
        const string required = """{"X-Rate-Limit":{"required":true,"schema":{"type":"integer"}}}""";
        const string optional = """{"X-Trace":{"schema":{"type":"string"}}}""";
        Assert.Equal(Severity.Breaking, Only(Diff(WithHeader(required), WithHeader("{}")), "response-header-removed", "GET /items → response 200 → header X-Rate-Limit").Severity);
        Assert.Equal(Severity.Warning, Only(Diff(WithHeader(optional), WithHeader("{}")), "response-optional-header-removed", "GET /items → response 200 → header X-Trace").Severity);
        Assert.Empty(Diff(WithHeader(optional), WithHeader(optional.Replace("X-Trace", "x-trace"))));
        Assert.Equal(Severity.Info, Only(Diff(WithHeader("{}"), WithHeader(optional)), "response-header-added", "GET /items → response 200 → header X-Trace").Severity);
    }

    [Fact]
    public void A_response_property_that_loses_its_type_is_breaking_and_one_that_gains_a_type_retypes_the_member()
    {
        const string typed = """{"type":"object","properties":{"id":{"type":"string"}}}""", untyped = """{"type":"object","properties":{"id":{}}}""";
        var removed = Response(typed, untyped, "response-type-removed", $"{Read} → id");
        Assert.Equal((Severity.Breaking, Surface.Breaking, "type string → any"), (removed.Severity, removed.Surface, removed.Detail));
        Assert.Equal(Severity.Info, Response(untyped, typed, "response-type-added", $"{Read} → id").Severity);
        Assert.Equal(Severity.Breaking, Request(untyped, typed, "request-type-added", $"{Sent} → id").Severity);
    }

    [Fact]
    public void Narrowed_additional_properties_are_breaking_for_what_the_client_sends()
    {
        const string open = """{"type":"object","properties":{"a":{"type":"string"}}}""";
        var closed = open.Replace("}}}", "}},\"additionalProperties\":false}");
        var change = Request(open, closed, "request-additional-properties-narrowed");
        Assert.Equal((Severity.Breaking, "additionalProperties any → false"), (change.Severity, change.Detail));
        Assert.Equal(Severity.Info, Request(closed, open, "request-additional-properties-widened").Severity);
        Assert.Equal(Severity.Breaking, Request("""{"type":"object","additionalProperties":true}""", """{"type":"object","additionalProperties":{"type":"string"}}""",
            "request-additional-properties-narrowed").Severity);
    }

    [Fact]
    public void A_changed_default_is_a_warning_for_what_the_client_may_omit()
    {
        var change = Parameter("""{"type":"integer","default":10}""", """{"type":"integer","default":20}""", "parameter-default-changed");
        Assert.Equal((Severity.Warning, "default 10 → 20"), (change.Severity, change.Detail));
        Assert.Equal(Severity.Warning, Request("""{"type":"object","properties":{"n":{"type":"integer"}}}""", """{"type":"object","properties":{"n":{"type":"integer","default":1}}}""",
            "request-default-changed", $"{Sent} → n").Severity);
        Assert.Equal(Severity.Info, Response("""{"type":"integer","default":1}""", """{"type":"integer","default":2}""", "response-default-changed").Severity);
    }

    [Fact]
    public void An_optional_request_property_becoming_required_is_breaking_wherever_required_is_declared()
    {
        const string components = """{"schemas":{"Body":{"type":"object","properties":{"name":{"type":"string"}}}}}""";
        const string viaAllOf = """{"allOf":[{"$ref":"#/components/schemas/Body"}],"required":["name"]}""";
        Assert.Equal(Severity.Breaking, Only(Diff(Taking("""{"$ref":"#/components/schemas/Body"}"""), Taking(viaAllOf), components),
            "request-property-became-required", $"{Sent} → name").Severity);
        // OpenAPI 3.1 applies the keywords beside a $ref: this is the form the diff used to miss.
        var besideRef = Only(ContractDiff.Compare(Documents.Of(Taking("""{"$ref":"#/components/schemas/Body"}"""), components),
                ApiDocument.Parse(Documents.Of(Taking("""{"$ref":"#/components/schemas/Body","required":["name"]}"""), components).Root.ToString().Replace("3.0.3", "3.1.0"), "v31.json")).Changes,
            "request-property-became-required", $"{Sent} → name");
        Assert.Equal(Severity.Breaking, besideRef.Severity);
        Assert.Equal(Severity.Breaking, Request("""{"type":"object","properties":{"name":{"type":"string"}}}""",
            """{"type":"object","properties":{"name":{"type":"string"}},"required":["name"]}""", "request-property-became-required", $"{Sent} → name").Severity);
    }

    [Fact]
    public void A_renamed_operation_id_sends_the_same_requests_but_renames_the_method()
    {
        static string Named(string id) => """{"/items":{"get":{"operationId":""" + "\"" + id + "\"" + ""","responses":{"204":{"description":"done"}}}}}""";
        var change = Only(Diff(Named("Items_List"), Named("Items_GetAll")), "operation-id-changed", "GET /items");
        Assert.Equal((Severity.Info, Surface.Breaking, "operationId Items_List → Items_GetAll"), (change.Severity, change.Surface, change.Detail));
    }

    static (Severity, Surface) Axes(Change change) => (change.Severity, change.Surface);
}
