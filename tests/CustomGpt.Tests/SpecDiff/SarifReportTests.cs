using CustomGpt.SpecTool;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>
/// <c>diff --format sarif</c>: valid SARIF 2.1.0, one result per change with the rule, the level
/// from the wire severity and the line in the new document. The schema beside this file states the
/// SARIF 2.1.0 objects the report writes (properties, required members, enums and bounds, taken from
/// the OASIS standard as facts; its own text is not copied, its licence being the OASIS IPR policy).
/// </summary>
public sealed class SarifReportTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("specdiff-sarif-").FullName;

    const string Old = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /items:
            get:
              operationId: Items_List
              parameters:
                - {name: page, in: query, schema: {type: integer}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          id: {type: string}
                          name: {type: string}
        """;

    // page removed (warning), id gains uuid (info, surface breaking), name removed (breaking), operationId renamed (info).
    const string New = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /items:
            get:
              operationId: Items_GetAll
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          id: {type: string, format: uuid}
        """;

    static async Task<JsonSchema> Schema() =>
        await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(RepoFiles.Root, "tests", "CustomGpt.Tests", "SpecDiff", "sarif-2.1.0.subset.schema.json")));

    async Task<(int Exit, string Output)> Sarif()
    {
        var (old, @new) = (Path.Combine(_folder, "old.yaml"), Path.Combine(_folder, "new.yaml"));
        await File.WriteAllTextAsync(old, Old);
        await File.WriteAllTextAsync(@new, New);
        var output = new StringWriter();
        var exit = await DiffCommand.RunAsync([old, @new, "--format", "sarif"], output, TextWriter.Null);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task The_report_is_valid_sarif_2_1_0()
    {
        var (exit, output) = await Sarif();
        Assert.Equal(1, exit);
        Assert.Empty((await Schema()).Validate(output));
    }

    [Fact]
    public async Task The_schema_refuses_what_sarif_refuses()
    {
        var (_, output) = await Sarif();
        var sarif = JObject.Parse(output);
        sarif["runs"]![0]!["results"]![0]!["level"] = "fatal";
        Assert.NotEmpty((await Schema()).Validate(sarif.ToString()));
        sarif = JObject.Parse(output);
        ((JObject)sarif["runs"]![0]!["results"]![0]!).Remove("message");
        Assert.NotEmpty((await Schema()).Validate(sarif.ToString()));
    }

    [Fact]
    public async Task Each_change_is_one_result_with_its_rule_level_and_line_in_the_new_document()
    {
        var (_, output) = await Sarif();
        var run = JObject.Parse(output)["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.Select(r => (string)r["id"]!).ToList();
        var results = run["results"]!.ToList();
        Assert.Equal(4, results.Count);
        Assert.All(results, r => Assert.Equal((string)r["ruleId"]!, rules[(int)r["ruleIndex"]!]));

        var removed = results.Single(r => (string?)r["ruleId"] == "response-property-removed");
        Assert.Equal("error", (string?)removed["level"]);
        Assert.Equal("GET /items → response 200 → name: removed (was string)", (string?)removed["message"]!["text"]);
        var physical = removed["locations"]![0]!["physicalLocation"]!;
        Assert.EndsWith("new.yaml", (string?)physical["artifactLocation"]!["uri"]);
        Assert.Equal(12, (int)physical["region"]!["startLine"]!);
        Assert.Equal("/paths/~1items/get/responses/200/content/application~1json/schema",
            (string?)removed["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]);

        var uuid = results.Single(r => (string?)r["ruleId"] == "response-format-added");
        Assert.Equal(("note", "breaking"), ((string?)uuid["level"], (string?)uuid["properties"]!["surface"]));
        Assert.Equal(15, (int)uuid["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
        Assert.Equal("warning", (string?)results.Single(r => (string?)r["ruleId"] == "parameter-removed-optional")["level"]);
        Assert.Equal(6, (int)results.Single(r => (string?)r["ruleId"] == "operation-id-changed")["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
