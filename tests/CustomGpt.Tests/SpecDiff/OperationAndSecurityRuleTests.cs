using CustomGpt.SpecTool.Diff;
using static CustomGpt.Tests.SpecDiff.Documents;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>Operation and security rules.</summary>
public class OperationAndSecurityRuleTests
{
    const string Get = """{"/items":{"get":{"responses":{"204":{"description":"done"}}}}}""";
    const string GetAndDelete = """{"/items":{"get":{"responses":{"204":{"description":"done"}}},"delete":{"responses":{"204":{"description":"done"}}}}}""";
    const string Bearer = """{"securitySchemes":{"Bearer":{"type":"http","scheme":"bearer"}}}""";

    [Fact]
    public void A_removed_operation_is_breaking_and_an_added_one_info()
    {
        Assert.Equal(Severity.Breaking, Only(Diff(GetAndDelete, Get), "operation-removed", "DELETE /items").Severity);
        Assert.Equal(Severity.Info, Only(Diff(Get, GetAndDelete), "operation-added", "DELETE /items").Severity);
    }

    [Fact]
    public void Operations_match_by_route_even_when_a_path_parameter_is_renamed()
    {
        var old = """{"/items/{id}":{"get":{"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"integer"}}],"responses":{"204":{"description":"done"}}}}}""";
        var changes = Diff(old, old.Replace("id", "itemId"));
        Assert.DoesNotContain(changes, c => c.Rule.Id.StartsWith("operation-", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Rule.Id == "parameter-removed" && c.Location.ToString() == "GET /items/{itemId} → path parameter id");
    }

    [Fact]
    public void Requiring_authentication_where_none_was_needed_is_breaking()
    {
        var secured = Get.Replace("""{"responses":""", """{"security":[{"Bearer":[]}],"responses":""");
        var changes = ContractDiff.Compare(Of(Get, Bearer), Of(secured, Bearer)).Changes;
        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, c => c is { Rule.Id: "security-requirement-removed", Severity: Severity.Breaking, Detail: "anonymous no longer accepted" }
                                      && c.Location.ToString() == "GET /items → security");
        Assert.Contains(changes, c => c is { Rule.Id: "security-requirement-added", Severity: Severity.Info, Detail: "Bearer now accepted" });
    }

    [Fact]
    public void The_document_level_requirement_applies_to_operations_that_declare_none()
    {
        const string both = """{"securitySchemes":{"Bearer":{"type":"http","scheme":"bearer"},"Key":{"type":"apiKey","in":"header","name":"X-Key"}}}""";
        var changes = ContractDiff.Compare(Of(Get, both, """[{"Bearer":[]}]"""), Of(Get, both, """[{"Key":[]}]""")).Changes;
        Assert.Contains(changes, c => c is { Rule.Id: "security-requirement-removed", Detail: "Bearer no longer accepted" });
        Assert.Contains(changes, c => c is { Rule.Id: "security-requirement-added", Detail: "Key now accepted" });
        Assert.Empty(ContractDiff.Compare(Of(Get, both, """[{"Bearer":[]}]"""),
            Of(Get.Replace("""{"responses":""", """{"security":[{"Bearer":[]}],"responses":"""), both)).Changes);
    }

    [Fact]
    public void A_scheme_that_sends_credentials_another_way_is_breaking()
    {
        var change = Only(ContractDiff.Compare(Of(Get, Bearer), Of(Get, """{"securitySchemes":{"Bearer":{"type":"apiKey","in":"header","name":"Authorization"}}}""")).Changes,
            "security-scheme-changed", "security scheme Bearer");
        Assert.Equal("type=http scheme=bearer → type=apiKey in=header name=Authorization", change.Detail);
        Assert.Empty(ContractDiff.Compare(Of(Get, Bearer), Of(Get, Bearer.Replace("bearer", "Bearer\",\"bearerFormat\":\"JWT"))).Changes);
    }
}
