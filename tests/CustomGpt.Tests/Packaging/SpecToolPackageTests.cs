using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.Packaging;

/// <summary>The drift check as another team runs it: the installed tool on two documents of their own, in every report format.</summary>
public sealed class SpecToolPackageTests(InstalledSpecTool tool) : IClassFixture<InstalledSpecTool>
{
    const string Old = """
        openapi: 3.1.0
        info: {title: theirs, version: '1'}
        paths:
          /orders/{id}:
            get:
              operationId: Orders_Get
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          total: {type: [number, 'null']}
                          status: {type: string}
        """;

    // total becomes a string (breaking), status gains an enum (info, surface breaking).
    const string New = """
        {"openapi":"3.1.0","info":{"title":"theirs","version":"2"},"paths":{"/orders/{id}":{"get":{"operationId":"Orders_Get",
          "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],
          "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object","properties":{
            "total":{"type":"string"},
            "status":{"type":"string","enum":["open","paid"]}}}}}}}}}}}
        """;

    (string Old, string New) Documents()
    {
        var (old, @new) = (Path.Combine(tool.Work, "old.yaml"), Path.Combine(tool.Work, "new.json"));
        File.WriteAllText(old, Old);
        File.WriteAllText(@new, New);
        return (old, @new);
    }

    [Fact]
    public void The_tool_installs_from_a_folder_feed_under_its_command_name()
    {
        Assert.Contains("customgpt-spec", tool.InstallOutput);
        Assert.Contains(tool.Version, tool.InstallOutput);
    }

    [Fact]
    public void Diff_reports_in_text_json_markdown_and_sarif_and_exits_by_threshold()
    {
        var (old, @new) = Documents();

        var text = tool.Run("diff", old, @new);
        Assert.Equal(1, text.Exit);
        Assert.Contains("breaking  response-type-changed  GET /orders/{id} → response 200 → total: type number → string", text.Output);
        Assert.Contains("info      response-became-enum  GET /orders/{id} → response 200 → status: now restricted to \"open\", \"paid\"  [surface: breaking]", text.Output);

        var json = tool.Run("diff", old, @new, "--format", "json");
        Assert.Equal(1, json.Exit);
        var report = JObject.Parse(json.Output);
        Assert.Equal((1, 1), ((int)report["summary"]!["breaking"]!, (int)report["summary"]!["info"]!));
        Assert.Equal(2, (int)report["summary"]!["surface"]!["breaking"]!);

        var markdown = tool.Run("diff", old, @new, "--format", "markdown");
        Assert.Equal(1, markdown.Exit);
        Assert.Contains("| `response-type-changed` | GET /orders/{id} → response 200 → total | type number → string | breaking |", markdown.Output);

        var sarif = tool.Run("diff", old, @new, "--format", "sarif");
        Assert.Equal(1, sarif.Exit);
        var results = JObject.Parse(sarif.Output)["runs"]![0]!["results"]!;
        var retyped = results.Single(r => (string?)r["ruleId"] == "response-type-changed");
        Assert.Equal("error", (string?)retyped["level"]);
        Assert.Equal("new.json", (string?)retyped["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Equal(4, (int)retyped["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);

        // Only an info change on the wire: passes by default, fails on the surface axis.
        var enumOnly = Path.Combine(tool.Work, "enum-only.json");
        File.WriteAllText(enumOnly, New.Replace("\"total\":{\"type\":\"string\"}", "\"total\":{\"type\":[\"number\",\"null\"]}"));
        Assert.Equal(0, tool.Run("diff", old, enumOnly).Exit);
        Assert.Equal(1, tool.Run("diff", old, enumOnly, "--fail-on", "surface-breaking").Exit);
    }

    [Fact]
    public void Every_verb_has_help_and_the_repository_verbs_name_what_they_need_outside_it()
    {
        foreach (var verb in new[] { "diff", "import", "verify", "record" })
        {
            var help = tool.Run(verb, "--help");
            Assert.True(help.Exit == 0, $"{verb} --help exited {help.Exit}: {help.Error}");
            Assert.Contains($"customgpt-spec {verb}", help.Output);
        }
        var verify = tool.Run("verify");
        Assert.Equal(2, verify.Exit);
        Assert.Contains("--spec is required outside the CustomGpt .NET repository", verify.Error);
        // import reads our spec/ (overlays, docs, vendor lock): outside the repository it says so.
        var import = tool.Run("import", "--vendor", "v.json", "--out", "spec.json");
        Assert.Equal(2, import.Exit);
        Assert.Contains("import reads spec/ of the CustomGpt .NET repository", import.Error);
        Assert.Equal(2, tool.Run("diff", "missing.yaml", "missing.json").Exit);
    }

    [Fact]
    public void The_ci_drift_check_script_installs_the_tool_from_the_feed_and_writes_sarif_for_a_pull_request()
    {
        var repository = Directory.CreateDirectory(Path.Combine(tool.Root, "their-repo")).FullName;
        Directory.CreateDirectory(Path.Combine(repository, "api"));
        File.WriteAllText(Path.Combine(repository, "api", "openapi.json"), New);
        foreach (var args in new[] { new[] { "init", "-q" }, ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "api"] })
            Assert.Equal(0, ProcessRun.Run("git", repository, args, TimeSpan.FromMinutes(1)).Exit);
        File.WriteAllText(Path.Combine(repository, "api", "openapi.json"), New.Replace("\"status\":", "\"state\":"));

        var script = Path.Combine(RepoFiles.Root, "eng", "ci", "drift-check.sh");
        var run = ProcessRun.Run("bash", repository, [script, "HEAD", "api/openapi.json", tool.Feed, "out/drift.sarif", "out/drift.md"], TimeSpan.FromMinutes(2));
        Assert.True(run.Exit == 1, $"exit {run.Exit}: {run.Output}{run.Error}");
        var sarif = JObject.Parse(File.ReadAllText(Path.Combine(repository, "out", "drift.sarif")));
        var result = Assert.Single(sarif["runs"]![0]!["results"]!, r => (string?)r["level"] == "error");
        Assert.Equal("response-property-removed", (string?)result["ruleId"]);
        Assert.Equal("api/openapi.json", (string?)result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Contains("HEAD:api/openapi.json", File.ReadAllText(Path.Combine(repository, "out", "drift.md")));
    }
}
