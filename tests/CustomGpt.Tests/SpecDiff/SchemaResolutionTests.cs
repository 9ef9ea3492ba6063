using CustomGpt.SpecTool.Diff;
using static CustomGpt.Tests.SpecDiff.Documents;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>References, allOf wrappers and recursive schemas are compared as the values they describe.</summary>
public class SchemaResolutionTests
{
    [Fact]
    public void A_referenced_schema_and_the_same_schema_inline_are_equal()
    {
        const string components = """{"schemas":{"Agent":{"type":"object","properties":{"id":{"type":"integer"}}}}}""";
        var referenced = Of(RespondingWith("""{"$ref":"#/components/schemas/Agent"}"""), components);
        var inline = Of(RespondingWith("""{"type":"object","properties":{"id":{"type":"integer"}}}"""));
        Assert.Empty(ContractDiff.Compare(referenced, inline).Changes);
    }

    [Fact]
    public void An_allOf_wrapper_reads_as_the_referenced_type_with_the_use_site_keywords()
    {
        const string components = """{"schemas":{"Agent":{"type":"object","properties":{"id":{"type":"integer"}}}}}""";
        var wrapped = Of(RespondingWith("""{"type":"object","properties":{"agent":{"nullable":true,"allOf":[{"$ref":"#/components/schemas/Agent"}]}}}"""), components);
        var plain = Of(RespondingWith("""{"type":"object","properties":{"agent":{"type":"object","nullable":true,"properties":{"id":{"type":"string"}}}}}"""));
        var change = Only(ContractDiff.Compare(wrapped, plain).Changes, "response-type-changed", "GET /items → response 200 → agent.id");
        Assert.Equal("type integer → string", change.Detail);
    }

    [Fact]
    public void Recursive_schemas_terminate_and_report_each_change_once_per_place()
    {
        const string tree = """{"schemas":{"Node":{"type":"object","properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/components/schemas/Node"}}}}}}""";
        var old = Of(RespondingWith("""{"$ref":"#/components/schemas/Node"}"""), tree);
        var @new = Of(RespondingWith("""{"$ref":"#/components/schemas/Node"}"""), tree.Replace("\"name\":{\"type\":\"string\"}", "\"name\":{\"type\":\"integer\"}"));
        var changes = ContractDiff.Compare(old, @new).Changes;
        Only(changes, "response-type-changed", "GET /items → response 200 → name");
    }

    [Fact]
    public void Mutually_recursive_schemas_of_different_shapes_terminate()
    {
        // Old: A and B point at each other; new: A points at itself and gained x.
        const string oldComponents = """{"schemas":{"A":{"type":"object","properties":{"child":{"$ref":"#/components/schemas/B"}}},"B":{"type":"object","properties":{"child":{"$ref":"#/components/schemas/A"}}}}}""";
        const string newComponents = """{"schemas":{"A":{"type":"object","properties":{"child":{"$ref":"#/components/schemas/A"},"x":{"type":"string"}}}}}""";
        var changes = ContractDiff.Compare(Of(RespondingWith("""{"$ref":"#/components/schemas/A"}"""), oldComponents),
                                           Of(RespondingWith("""{"$ref":"#/components/schemas/A"}"""), newComponents)).Changes;
        Assert.Equal(["GET /items → response 200 → child.x", "GET /items → response 200 → x"], changes.Select(c => c.Location.ToString()));
        Assert.All(changes, c => Assert.Equal("response-property-added", c.Rule.Id));
    }

    [Fact]
    public void A_dangling_reference_names_the_file_and_line()
    {
        var old = Of(RespondingWith("""{"type":"string"}"""));
        var broken = ApiDocument.Parse("""
            {"openapi":"3.0.3","paths":{"/items":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{
              "schema":{"$ref":"#/components/schemas/Missing"}}}}}}}}}
            """, "broken.json");
        var e = Assert.Throws<SpecDiffException>(() => ContractDiff.Compare(old, broken));
        Assert.Equal("broken.json line 2: $ref #/components/schemas/Missing points at nothing in the document.", e.Message);
    }

    [Fact]
    public void A_cycle_of_bare_references_is_refused_instead_of_looping()
    {
        const string components = """{"schemas":{"A":{"$ref":"#/components/schemas/B"},"B":{"$ref":"#/components/schemas/A"}}}""";
        var looping = Of(RespondingWith("""{"$ref":"#/components/schemas/A"}"""), components);
        var e = Assert.Throws<SpecDiffException>(() => ContractDiff.Compare(looping, looping));
        Assert.Contains("cycle", e.Message);
    }
}
