using CustomGpt.SpecTool;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>The <c>diff</c> verb end to end: files in, report out, exit code by <c>--fail-on</c>.</summary>
public sealed class DiffCommandTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("specdiff-").FullName;

    // Old: GET /items answers a name. New: the name is gone (breaking), a note appeared (info), an optional parameter too (info).
    const string Old = """
        {"openapi":"3.0.3","paths":{"/items":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{
          "schema":{"type":"object","properties":{"name":{"type":"string"}}}}}}}}}}}
        """;
    const string New = """
        {"openapi":"3.0.3","paths":{"/items":{"get":{"parameters":[{"name":"q","in":"query","schema":{"type":"string"}}],
          "responses":{"200":{"description":"ok","content":{"application/json":{
          "schema":{"type":"object","properties":{"note":{"type":"string"}}}}}}}}}}}
        """;

    string File(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await DiffCommand.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Identical_documents_exit_0_and_say_so()
    {
        var (exit, output, _) = await Run(File("a.json", Old), File("b.json", Old));
        Assert.Equal(0, exit);
        Assert.StartsWith("No contract changes", output);
    }

    [Fact]
    public async Task A_breaking_change_exits_1_with_one_text_line_per_change_and_the_counts()
    {
        var (exit, output, _) = await Run(File("old.json", Old), File("new.json", New));
        Assert.Equal(1, exit);
        var lines = output.Split('\n');
        Assert.Equal("breaking  response-property-removed  GET /items → response 200 → name: removed (was string)  [surface: breaking]", lines[0]);
        Assert.Contains("info      parameter-added-optional  GET /items → query parameter q: added, optional  [surface: additive]", lines);
        Assert.Contains(lines, l => l.StartsWith("1 breaking, 0 warning, 2 info; surface: 1 breaking, 2 additive", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("1 breaking, 0 warning, 2 info", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fail_on_sets_the_threshold()
    {
        var (old, added) = (File("old.json", Old), File("added.json", Old.Replace("""{"name":""", """{"extra":{"type":"string"},"name":""")));
        Assert.Equal(0, (await Run(old, added)).Exit);
        Assert.Equal(0, (await Run(old, added, "--fail-on", "warning")).Exit);
        Assert.Equal(1, (await Run("--fail-on", "info", old, added)).Exit);
    }

    [Fact]
    public async Task Fail_on_takes_the_surface_axis_too()
    {
        // A uuid format on a string the client reads: no byte changes (info), but string becomes Guid (surface breaking).
        var old = File("old.json", Old);
        var uuid = File("uuid.json", Old.Replace("""{"name":{"type":"string"}}""", """{"name":{"type":"string","format":"uuid"}}"""));
        Assert.Equal(0, (await Run(old, uuid)).Exit);
        Assert.Equal(1, (await Run(old, uuid, "--fail-on", "surface-breaking")).Exit);
        Assert.Equal(1, (await Run(old, uuid, "--fail-on", "surface-additive")).Exit);
        Assert.Equal(1, (await Run(old, uuid, "--fail-on", "breaking", "--fail-on", "surface-breaking")).Exit);
        var added = File("added.json", Old.Replace("""{"name":""", """{"extra":{"type":"string"},"name":"""));
        Assert.Equal(0, (await Run(old, added, "--fail-on", "surface-breaking")).Exit);
        Assert.Equal(1, (await Run(old, added, "--fail-on", "surface-additive")).Exit);
    }

    [Fact]
    public async Task Json_output_carries_rule_severity_location_and_counts()
    {
        var (exit, output, _) = await Run(File("old.json", Old), File("new.json", New), "--format", "json");
        Assert.Equal(1, exit);
        var json = JObject.Parse(output);
        Assert.Equal(1, (int)json["summary"]!["breaking"]!);
        Assert.Equal(2, (int)json["summary"]!["info"]!);
        var first = json["changes"]![0]!;
        Assert.Equal("response-property-removed", (string?)first["rule"]);
        Assert.Equal("breaking", (string?)first["severity"]);
        Assert.Equal("GET /items", (string?)first["operation"]);
        Assert.Equal("GET /items → response 200 → name", (string?)first["location"]);
        Assert.Equal("breaking", (string?)first["surface"]);
        Assert.Equal(1, (int)json["summary"]!["surface"]!["breaking"]!);
        // The removed property points at the new schema that lacks it, on its line in new.json.
        Assert.Equal("/paths/~1items/get/responses/200/content/application~1json/schema", (string?)first["pointer"]);
        Assert.Equal(3, (int)first["line"]!);
    }

    [Fact]
    public async Task Markdown_output_has_a_table_per_severity()
    {
        var (_, output, _) = await Run(File("old.json", Old), File("new.json", New), "--format", "markdown");
        Assert.StartsWith("## API contract changes", output);
        Assert.Contains("**1 breaking, 0 warning, 2 info**", output);
        Assert.Contains("### Breaking (1)", output);
        Assert.Contains("| `response-property-removed` | GET /items → response 200 → name | removed (was string) | breaking |", output);
        Assert.Contains("**surface: 1 breaking, 2 additive**", output);
        Assert.Contains("### Info (2)", output);
        Assert.DoesNotContain("### Warning", output);
    }

    [Fact]
    public async Task Invalid_json_exits_2_naming_the_file_and_line()
    {
        var broken = File("broken.json", "{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {,\n}");
        var (exit, output, error) = await Run(File("old.json", Old), broken);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"{broken} is not valid JSON", error);
        Assert.Contains("line 3", error);
    }

    [Fact]
    public async Task A_missing_file_or_a_swagger_2_document_exits_2_with_the_reason()
    {
        var missing = Path.Combine(_folder, "missing.json");
        var (exit, _, error) = await Run(File("old.json", Old), missing);
        Assert.Equal(2, exit);
        Assert.Contains($"cannot read {missing}", error);

        (exit, _, error) = await Run(File("old.json", Old), File("swagger.json", """{"swagger":"2.0","paths":{}}"""));
        Assert.Equal(2, exit);
        Assert.Contains("is not an OpenAPI 3 document: its \"openapi\" field is missing", error);
    }

    [Fact]
    public async Task A_document_behind_an_http_url_is_fetched_and_a_failing_url_exits_2()
    {
        using var server = new System.Net.HttpListener();
        var port = FreePort();
        server.Prefixes.Add($"http://127.0.0.1:{port}/");
        server.Start();
        var serving = Task.Run(async () =>
        {
            for (var i = 0; i < 2; i++)
            {
                var context = await server.GetContextAsync();
                context.Response.StatusCode = context.Request.Url!.AbsolutePath == "/openapi.json" ? 200 : 404;
                if (context.Response.StatusCode == 200) await context.Response.OutputStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(New));
                context.Response.Close();
            }
        });

        var (exit, output, _) = await Run(File("old.json", Old), $"http://127.0.0.1:{port}/openapi.json");
        Assert.Equal(1, exit);
        Assert.Contains("response-property-removed", output);

        var (failed, _, error) = await Run(File("old.json", Old), $"http://127.0.0.1:{port}/gone.json");
        Assert.Equal(2, failed);
        Assert.Contains("answered 404", error);
        await serving;
    }

    static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task Bad_arguments_exit_2()
    {
        Assert.Equal(2, (await Run("only-one.json")).Exit);
        Assert.Equal(2, (await Run("a.json", "b.json", "--format", "html")).Exit);
        Assert.Equal(2, (await Run("a.json", "b.json", "--fail-on", "never")).Exit);
        Assert.Contains("--colour", (await Run("a.json", "b.json", "--colour")).Error);
    }

    [Fact]
    public async Task Rules_lists_the_catalogue_with_severities()
    {
        var (exit, output, _) = await Run("--rules");
        Assert.Equal(0, exit);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("request-media-type-changed", StringComparison.Ordinal) && l.Contains(" breaking "));
        Assert.Contains(output.Split('\n'), l => l.StartsWith("response-enum-value-added", StringComparison.Ordinal) && l.Contains(" warning "));
        Assert.Contains(output.Split('\n'), l => l.StartsWith("operation-id-changed", StringComparison.Ordinal) && l.Contains(" info ") && l.Contains("surface:breaking"));
        Assert.Contains(output.Split('\n'), l => l.StartsWith("parameter-removed-optional", StringComparison.Ordinal) && l.Contains("oasdiff:request-parameter-removed"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
