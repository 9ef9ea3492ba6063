using CustomGpt.SpecTool.Import;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.SpecImport;

/// <summary>spec/docs keyed by our names: resolved in the named document, strict about what they name.</summary>
public class DocsApplierTests
{
    const string DocsFile = "spec/docs/Agents.yaml";

    // A named document: one operation with a parameter and an inline response, one type with a
    // plain property, an enumeration property held by a hoisted reference, and a shared response.
    static JObject Named()
    {
        var doc = JObject.Parse("""
            {"tags":[{"name":"Agents"}],
             "paths":{"/p":{"get":{"operationId":"Agents_List","parameters":[{"name":"page","in":"query"}],
               "responses":{"200":{"content":{}},"404":{"$ref":"#/components/responses/NotFound"}}}}},
             "components":{"responses":{"NotFound":{}},
               "schemas":{"Agent":{"type":"object","properties":{
                 "project_name":{"type":"string"},
                 "kind":{"x-schema-name":"AgentKind","type":"string","enum":["a"]}}},
                 "Page":{"type":"object","properties":{"project":{"$ref":"#/components/schemas/Agent"}}}}}}
            """);
        SchemaNamer.Apply(doc);
        return doc;
    }

    static DocsIndex Apply(JObject doc, string yaml) => DocsApplier.Apply(doc, [new InputFile(DocsFile, yaml)]);

    [Fact]
    public void Keys_in_our_names_reach_operations_parameters_responses_types_and_members()
    {
        var doc = Named();
        Apply(doc, """
            tag: The agents.
            operations:
              Agents.List:
                summary: List agents.
                description: One page of agents.
              Agents.List.page: The page number.
              Agents.List.200: The page.
            responses:
              NotFound: Nothing there.
            types:
              Agent: An agent.
              Agent.ProjectName: Its name.
              Agent.Kind: What kind it is.
              AgentKind: A kind of agent.
              AgentKind.A: The only kind.
              Page: A page.
              Page.Project: The agent it belongs to.
            """);
        var operation = doc.SelectToken("$.paths['/p'].get")!;
        Assert.Equal("The agents.", (string?)doc["tags"]![0]!["description"]);
        Assert.Equal("List agents.", (string?)operation["summary"]);
        Assert.Equal("One page of agents.", (string?)operation["description"]);
        Assert.Equal("The page number.", (string?)operation["parameters"]![0]!["description"]);
        Assert.Equal("The page.", (string?)operation["responses"]!["200"]!["description"]);
        Assert.Equal("Nothing there.", (string?)doc.SelectToken("$.components.responses.NotFound.description"));
        Assert.Equal("An agent.", (string?)doc.SelectToken("$.components.schemas.Agent.description"));
        Assert.Equal("Its name.", (string?)doc.SelectToken("$.components.schemas.Agent.properties.project_name.description"));
        // The enumeration became a reference: its use-site description goes beside it, in a one-entry allOf.
        var kind = doc.SelectToken("$.components.schemas.Agent.properties.kind")!;
        Assert.Equal("What kind it is.", (string?)kind["description"]);
        Assert.Equal("#/components/schemas/AgentKind", (string?)kind["allOf"]![0]!["$ref"]);
        // So does the description of a reference the vendor wrote: never a $ref sibling.
        var project = doc.SelectToken("$.components.schemas.Page.properties.project")!;
        Assert.Equal("The agent it belongs to.", (string?)project["description"]);
        Assert.Equal("#/components/schemas/Agent", (string?)project["allOf"]![0]!["$ref"]);
        Assert.Null(project["$ref"]);
        // Enum members are described in x-enumDescriptions, parallel to enum.
        Assert.Equal(["The only kind."], doc.SelectToken("$.components.schemas.AgentKind['x-enumDescriptions']")!.Values<string>());
    }

    [Theory]
    [InlineData("types:\n  Agent.ProjectNam: Its name.\n", 2, "Agent has no member ProjectNam (its members: ProjectName, Kind)")]
    [InlineData("types:\n  Agent: An agent.\n  Agnet: Typo.\n", 3, "there is no component schema Agnet")]
    [InlineData("types:\n  AgentKind.B: Another kind.\n", 2, "AgentKind has no member B (its members: A)")]
    [InlineData("operations:\n  Agents.Lisst.page: The page.\n", 2, "Agents.Lisst.page names no operation")]
    [InlineData("operations:\n  Agents.List.size: The size.\n", 2, "Agents.List has no parameter size (its parameters: page)")]
    [InlineData("operations:\n  Agents.List.404: Not found.\n", 2, "is the shared response NotFound; describe it under responses")]
    [InlineData("\nschemas:\n  Agent: An agent.\n", 3, "schemas: Agent is not a docs key")]
    public void A_key_that_names_nothing_fails_with_its_file_and_line(string yaml, int line, string expected)
    {
        var e = Assert.Throws<SpecImportException>(() => Apply(Named(), yaml));
        Assert.Contains($"{DocsFile}:{line}: ", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Two_entries_for_one_target_fail_naming_both_places()
    {
        var e = Assert.Throws<SpecImportException>(() => DocsApplier.Apply(Named(), [
            new InputFile("spec/docs/Agents.yaml", "types:\n  Agent: An agent.\n"),
            new InputFile("spec/docs/Common.yaml", "\ntypes:\n  Agent: Again.\n"),
        ]));
        Assert.Contains("spec/docs/Common.yaml:3: types: Agent describes what spec/docs/Agents.yaml:2 describes already", e.Message);
    }

    [Fact]
    public void Invalid_yaml_fails_with_its_file_and_line()
    {
        var e = Assert.Throws<SpecImportException>(() => Apply(Named(), "types:\n  Agent: An agent.\n  Agent: Twice.\n"));
        Assert.StartsWith($"{DocsFile}:3: ", e.Message);
    }
}
