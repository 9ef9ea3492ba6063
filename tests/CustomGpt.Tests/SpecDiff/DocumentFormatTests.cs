using CustomGpt.SpecTool.Diff;
using static CustomGpt.Tests.SpecDiff.Documents;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>Inputs: OpenAPI 3.1 (type arrays, null among the types, const) beside 3.0, and YAML beside JSON.</summary>
public class DocumentFormatTests
{
    static ApiDocument V31(string paths) => ApiDocument.Parse($$"""{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{{paths}}}""", "v31.json");

    static IReadOnlyList<Change> Diff31(string oldSchema, string newSchema) =>
        ContractDiff.Compare(V31(RespondingWith(oldSchema)), V31(RespondingWith(newSchema))).Changes;

    [Fact]
    public void A_3_1_type_array_with_null_retyped_to_integer_is_a_type_change_and_loses_null()
    {
        var changes = Diff31("""{"type":["string","null"]}""", """{"type":"integer"}""");
        var change = Assert.Single(changes);
        Assert.Equal(("response-type-changed", "type string → integer"), (change.Rule.Id, change.Detail));
    }

    [Fact]
    public void Null_among_3_1_types_is_nullability()
    {
        var change = Assert.Single(Diff31("""{"type":"string"}""", """{"type":["string","null"]}"""));
        Assert.Equal("response-nullable-added", change.Rule.Id);
        // 3.0's nullable and 3.1's null type say the same thing.
        Assert.Empty(ContractDiff.Compare(Of(RespondingWith("""{"type":"string","nullable":true}""")), V31(RespondingWith("""{"type":["null","string"]}"""))).Changes);
    }

    [Fact]
    public void A_3_1_type_array_gaining_a_type_is_a_type_change()
    {
        Assert.Equal("type integer|string → boolean|integer|string",
            Assert.Single(Diff31("""{"type":["string","integer"]}""", """{"type":["string","integer","boolean"]}""")).Detail);
    }

    [Fact]
    public void Const_reads_as_an_enum_of_one()
    {
        Assert.Equal("response-became-enum", Assert.Single(Diff31("""{"type":"string"}""", """{"type":"string","const":"x"}""")).Rule.Id);
        var changed = Diff31("""{"type":"string","const":"x"}""", """{"type":"string","const":"y"}""");
        Assert.Contains(changed, c => c is { Rule.Id: "response-enum-value-added", Detail: "enum value \"y\" added" });
        Assert.Contains(changed, c => c is { Rule.Id: "response-enum-value-removed", Detail: "enum value \"x\" removed" });
    }

    const string Yaml = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /items:
            get:
              parameters:
                - name: limit
                  in: query
                  schema: {type: integer, maximum: 100, default: 10}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          id: {type: string, format: uuid}
                          note: {type: string, nullable: true}
                          flag: {type: boolean, enum: [true]}
        """;

    const string SameAsJson = """
        {"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{"/items":{"get":{
          "parameters":[{"name":"limit","in":"query","schema":{"type":"integer","maximum":100,"default":10}}],
          "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object","properties":{
            "id":{"type":"string","format":"uuid"},"note":{"type":"string","nullable":true},"flag":{"type":"boolean","enum":[true]}}}}}}}}}}}
        """;

    [Fact]
    public void A_yaml_document_reads_like_the_same_json_typed_scalars_included()
    {
        Assert.Empty(ContractDiff.Compare(ApiDocument.Parse(SameAsJson, "a.json"), ApiDocument.Parse(Yaml, "a.yaml")).Changes);
    }

    [Fact]
    public void A_yaml_change_points_at_its_line()
    {
        var old = ApiDocument.Parse(Yaml, "old.yaml");
        var @new = ApiDocument.Parse(Yaml.Replace("maximum: 100", "maximum: 50"), "new.yaml");
        var report = ContractDiff.Compare(old, @new);
        var change = Only(report.Changes, "parameter-range-tightened", "GET /items → query parameter limit");
        Assert.Equal("/paths/~1items/get/parameters/0/schema", change.Location.Pointer);
        Assert.Equal(9, report.LineOf(change));
    }

    [Fact]
    public void Quoted_yaml_scalars_stay_strings()
    {
        var quoted = ApiDocument.Parse(Yaml.Replace("enum: [true]", "enum: ['true']"), "quoted.yaml");
        var changes = ContractDiff.Compare(ApiDocument.Parse(Yaml, "a.yaml"), quoted).Changes;
        Assert.Contains(changes, c => c is { Rule.Id: "response-enum-value-added", Detail: "enum value \"true\" added" });
        Assert.Contains(changes, c => c is { Rule.Id: "response-enum-value-removed", Detail: "enum value true removed" });
    }

    [Fact]
    public void An_unquoted_yaml_version_still_names_openapi_3_and_swagger_2_is_refused()
    {
        Assert.Empty(ContractDiff.Compare(ApiDocument.Parse(Yaml, "a.yaml"), ApiDocument.Parse(Yaml.Replace("openapi: 3.0.3", "openapi: 3.0"), "b.yaml")).Changes);
        var error = Assert.Throws<SpecDiffException>(() => ApiDocument.Parse("swagger: '2.0'\npaths: {}\n", "old.yaml"));
        Assert.Contains("is not an OpenAPI 3 document", error.Message);
    }

    [Fact]
    public void Broken_yaml_is_refused_with_the_line()
    {
        var error = Assert.Throws<SpecDiffException>(() => ApiDocument.Parse("openapi: 3.0.3\npaths:\n  /a: [unclosed\n", "bad.yaml"));
        Assert.Contains("bad.yaml is neither valid JSON nor valid YAML", error.Message);
        Assert.Contains("line", error.Message);
    }
}
