using CustomGpt.SpecTool.Import;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.SpecImport;

/// <summary>Whatever users read about must be described; a gap is reported where to fill it.</summary>
public class DescriptionGuardTests
{
    const string Names = "spec/overlays/names.json";
    const string Docs = "spec/docs/Agents.yaml";

    // The whole pipeline on a small vendor document: the names give the operation its id and the
    // inline response type its name, the docs describe (almost) everything.
    static string Import(string docs) => SpecImporter.Import(new ImportInputs(
        new InputFile("vendor.json", """
            {"openapi":"3.0.2","info":{"title":"T","version":"1"},"tags":[],
             "paths":{"/p":{"get":{"parameters":[{"name":"page","in":"query","schema":{"type":"integer"}}],
               "responses":{"200":{"description":"vendor words","content":{"application/json":{"schema":
                 {"type":"object","properties":{"project_name":{"type":"string"},"id":{"type":"integer"}}}}}}}}}},
             "components":{"schemas":{}}}
            """),
        new InputFile("spec/overlays/corrections.json", """{"overlay":"1.0.0","actions":[]}"""),
        new InputFile(Names, """
            {"overlay": "1.0.0", "actions": [
              {"target": "$.paths['/p'].get", "update": {"operationId": "Agents_List"}},
              {"target": "$.paths['/p'].get.responses['200'].content['application/json'].schema", "update": {"x-schema-name": "Agent"}}
            ]}
            """),
        [new InputFile(Docs, docs)]));

    const string Operation = "operations:\n  Agents.List:\n    summary: List.\n    description: One page.\n  Agents.List.page: The page.\n";

    [Fact]
    public void A_fully_described_document_imports()
    {
        var spec = JObject.Parse(Import(Operation + "types:\n  Agent: An agent.\n  Agent.ProjectName: Its name.\n  Agent.Id: Its id.\n"));
        Assert.Equal("Its id.", (string?)spec.SelectToken("$.components.schemas.Agent.properties.id.description"));
    }

    [Fact]
    public void A_member_without_a_description_fails_at_its_types_entry_in_the_docs()
    {
        var e = Assert.Throws<SpecImportException>(() => Import(Operation + "types:\n  Agent: An agent.\n  Agent.ProjectName: Its name.\n"));
        Assert.Contains($"{Docs}:7: Agent.Id has no description", e.Message);
    }

    [Fact]
    public void A_schema_without_a_description_fails_at_the_line_that_named_it()
    {
        var e = Assert.Throws<SpecImportException>(() => Import(Operation));
        Assert.Contains($"{Names}:3: type Agent has no description", e.Message);
    }

    [Fact]
    public void A_parameter_or_operation_without_a_description_fails_at_the_operations_entry_or_its_name()
    {
        var types = "types:\n  Agent: An agent.\n  Agent.ProjectName: Its name.\n  Agent.Id: Its id.\n";
        var e = Assert.Throws<SpecImportException>(() => Import("operations:\n  Agents.List:\n    summary: List.\n    description: One page.\n" + types));
        Assert.Contains($"{Docs}:3: Agents.List.page has no description", e.Message);

        e = Assert.Throws<SpecImportException>(() => Import(types));
        Assert.Contains($"{Names}:2: Agents.List has no summary", e.Message);
        Assert.Contains($"{Names}:2: Agents.List has no description", e.Message);
    }

    [Fact]
    public void An_enum_member_without_a_description_fails_at_its_types_entry()
    {
        var doc = JObject.Parse("""{"components":{"schemas":{"Kind":{"type":"string","enum":["a","b"],"x-enumNames":["A","B"]}}}}""");
        var docs = DocsApplier.Apply(doc, [new InputFile(Docs, "types:\n  Kind: A kind.\n  Kind.A: The first.\n")]);
        var e = Assert.Throws<SpecImportException>(() => DescriptionGuard.Check(doc, docs, new NameOrigins(), "vendor.json"));
        Assert.Contains($"{Docs}:2: Kind.B has no description", e.Message);
        Assert.DoesNotContain("Kind.A", e.Message);
    }
}
