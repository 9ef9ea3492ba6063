using CustomGpt.SpecTool.Diff;
using static CustomGpt.Tests.SpecDiff.Documents;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>Parameter rules: presence, location, required, serialization, and the schema as a value the caller sends.</summary>
public class ParameterRuleTests
{
    const string Id = """{"name":"id","in":"path","required":true,"schema":{"type":"integer"}}""";
    const string Page = """{"name":"page","in":"query","schema":{"type":"integer"}}""";
    const string At = "GET /items/{id}";

    static IReadOnlyList<Change> DiffParameters(string old, string @new) => Diff(WithParameters($"[{old}]"), WithParameters($"[{@new}]"));

    [Fact]
    public void A_new_required_parameter_is_breaking_and_a_new_optional_one_info()
    {
        var required = Page.Replace("\"in\":\"query\"", "\"in\":\"query\",\"required\":true");
        Assert.Equal(Severity.Breaking, Only(DiffParameters(Id, $"{Id},{required}"), "parameter-added-required", $"{At} → query parameter page").Severity);
        Assert.Equal(Severity.Info, Only(DiffParameters(Id, $"{Id},{Page}"), "parameter-added-optional", $"{At} → query parameter page").Severity);
    }

    [Fact]
    public void A_removed_optional_parameter_is_a_warning_on_the_wire_and_breaking_on_the_surface()
    {
        var change = Only(DiffParameters($"{Id},{Page}", Id), "parameter-removed-optional", $"{At} → query parameter page");
        Assert.Equal((Severity.Warning, Surface.Breaking), (change.Severity, change.Surface));
    }

    [Fact]
    public void A_removed_required_parameter_is_breaking()
    {
        var required = Page.Replace("\"in\":\"query\"", "\"in\":\"query\",\"required\":true");
        Assert.Equal(Severity.Breaking, Only(DiffParameters($"{Id},{required}", Id), "parameter-removed", $"{At} → query parameter page").Severity);
    }

    [Fact]
    public void A_parameter_moved_from_query_to_header_is_one_location_change()
    {
        var change = Only(DiffParameters($"{Id},{Page}", $"{Id},{Page.Replace("\"query\"", "\"header\"")}"),
            "parameter-location-changed", $"{At} → header parameter page");
        Assert.Equal("moved from query to header", change.Detail);
        Assert.Equal(Severity.Breaking, change.Severity);
    }

    [Fact]
    public void Header_names_match_whatever_their_case()
    {
        Assert.Empty(DiffParameters("""{"name":"Cache-Control","in":"header","schema":{"type":"string"}}""",
                                    """{"name":"cache-control","in":"header","schema":{"type":"string"}}"""));
    }

    [Fact]
    public void An_optional_parameter_becoming_required_is_breaking_and_the_reverse_info()
    {
        var required = Page.Replace("\"in\":\"query\"", "\"in\":\"query\",\"required\":true");
        Assert.Equal(Severity.Breaking, Only(DiffParameters(Page, required), "parameter-became-required", "GET /items/{id} → query parameter page").Severity);
        Assert.Equal(Severity.Info, Only(DiffParameters(required, Page), "parameter-became-optional", "GET /items/{id} → query parameter page").Severity);
    }

    [Fact]
    public void A_retyped_parameter_is_breaking()
    {
        var change = Only(DiffParameters(Id, Id.Replace("integer", "string")), "parameter-type-changed", $"{At} → path parameter id");
        Assert.Equal("type integer → string", change.Detail);
    }

    [Fact]
    public void A_parameter_gaining_a_format_is_breaking_and_retypes_the_argument()
    {
        var change = Only(DiffParameters(Id, Id.Replace("\"type\":\"integer\"", "\"type\":\"integer\",\"format\":\"int64\"")), "parameter-format-added", $"{At} → path parameter id");
        Assert.Equal((Severity.Breaking, Surface.Breaking), (change.Severity, change.Surface));
    }

    [Fact]
    public void A_parameter_serialized_another_way_is_breaking()
    {
        var array = """{"name":"filters","in":"query","schema":{"type":"array","items":{"type":"string"}}}""";
        var change = Only(DiffParameters(array, array.Replace("\"in\":\"query\"", "\"in\":\"query\",\"explode\":false")),
            "parameter-style-changed", $"{At} → query parameter filters");
        Assert.Equal("serialized as form, exploded → form", change.Detail);
    }

    [Fact]
    public void A_removed_enum_value_of_a_parameter_is_breaking_and_an_added_one_info()
    {
        var order = """{"name":"order","in":"query","schema":{"type":"string","enum":["asc","desc"]}}""";
        var changes = DiffParameters(order, order.Replace("\"asc\",", "").Replace("\"desc\"", "\"desc\",\"random\""));
        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, c => c is { Rule.Id: "parameter-enum-value-removed", Severity: Severity.Breaking, Detail: "enum value \"asc\" removed" });
        Assert.Contains(changes, c => c is { Rule.Id: "parameter-enum-value-added", Severity: Severity.Info, Detail: "enum value \"random\" added" });
    }

    [Fact]
    public void Path_level_and_referenced_parameters_count_as_the_operation_s()
    {
        const string components = """{"parameters":{"Page":{"name":"page","in":"query","schema":{"type":"integer"}}}}""";
        const string pathLevel = """{"/items/{id}":{"parameters":[{"$ref":"#/components/parameters/Page"}],"get":{"responses":{"204":{"description":"done"}}}}}""";
        const string operationLevel = """{"/items/{id}":{"get":{"parameters":[{"name":"page","in":"query","schema":{"type":"string"}}],"responses":{"204":{"description":"done"}}}}}""";
        Only(ContractDiff.Compare(Of(pathLevel, components), Of(operationLevel)).Changes, "parameter-type-changed", $"{At} → query parameter page");
    }
}
