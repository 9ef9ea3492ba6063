using CustomGpt.SpecTool.Verify;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.Verify;

/// <summary>verify's judgement of one recorded response against the checked-in spec.</summary>
public sealed class ResponseVerifierTests : IDisposable
{
    static readonly SpecContract Spec = SpecContract.Load(RepoFiles.Spec);
    readonly RecordingsFolder _folder = new();

    IReadOnlyList<Finding> Verify(string operationId, int status, string body, string contentType = "application/json", JObject? contract = null, bool strict = false)
    {
        var file = RecordingFile.Load(_folder.Add(operationId, "case", status, body, contentType, contract), _folder.Path);
        return new ResponseVerifier(Spec, strict).Verify(operationId, file.Exchanges[0]);
    }

    const string Stats = """{ "status": "success", "data": { "pages_found": 12, "pages_indexed": 10 } }""";

    [Fact]
    public void A_body_that_fits_has_no_findings() => Assert.Empty(Verify("Agents_GetStats", 200, Stats));

    [Fact]
    public void A_wrong_type_is_a_violation_with_pointer_expected_and_found()
    {
        var finding = Assert.Single(Verify("Agents_GetStats", 200, """{ "status": "success", "data": { "pages_found": "12" } }"""));
        Assert.Equal(FindingKind.Violation, finding.Kind);
        Assert.Equal("/data/pages_found", finding.Location);
        Assert.Equal("an integer", finding.Expected);
        Assert.Equal("string \"12\"", finding.Found);
    }

    [Fact]
    public void A_value_outside_an_enumeration_names_the_allowed_values()
    {
        var finding = Assert.Single(Verify("Agents_GetStats", 200, """{ "status": "fine", "data": {} }"""));
        Assert.Equal("/status", finding.Location);
        Assert.Contains("\"success\"", finding.Expected);
    }

    [Fact]
    public void Zero_one_booleans_are_tolerated_by_rule_and_fail_when_strict()
    {
        const string plugin = """{ "status": "success", "data": { "is_active": 1 } }""";
        Assert.Equal(FindingKind.Tolerated, Assert.Single(Verify("Plugins_Get", 200, plugin)).Kind);
        Assert.Equal(FindingKind.Violation, Assert.Single(Verify("Plugins_Get", 200, plugin, strict: true)).Kind);
        Assert.Equal(FindingKind.Violation, Assert.Single(Verify("Plugins_Get", 200, """{ "status": "success", "data": { "is_active": 2 } }""")).Kind);
    }

    [Fact]
    public void Both_timestamp_forms_of_the_api_pass_and_other_text_fails()
    {
        Assert.Empty(Verify("Users_Get", 200, """{ "status": "success", "data": { "id": 1, "created_at": "2023-06-24 21:40:24", "updated_at": "2023-06-24T21:21:46.000000Z" } }"""));
        Assert.Equal("/data/created_at", Assert.Single(Verify("Users_Get", 200, """{ "status": "success", "data": { "id": 1, "created_at": "Sat" } }""")).Location);
    }

    [Fact]
    public void Null_passes_only_where_the_spec_says_nullable()
    {
        Assert.Empty(Verify("Agents_Get", 200, """{ "status": "success", "data": { "id": 1, "sitemap_path": null } }"""));
        Assert.Equal("/data/project_name", Assert.Single(Verify("Agents_Get", 200, """{ "status": "success", "data": { "id": 1, "project_name": null } }""")).Location);
    }

    [Fact]
    public void An_undeclared_status_is_a_violation_unless_marked_with_a_reason()
    {
        Assert.Equal(FindingKind.Violation, Assert.Single(Verify("Agents_GetStats", 502, "<html></html>", "text/html")).Kind);
        var marked = Assert.Single(Verify("Agents_GetStats", 502, "<html></html>", "text/html", RecordingsFolder.Deviation("", "a proxy page")));
        Assert.Equal(FindingKind.Marked, marked.Kind);
        Assert.Equal("a proxy page", marked.Reason);
    }

    [Fact]
    public void A_mark_where_nothing_departs_is_a_violation()
    {
        var stale = Assert.Single(Verify("Agents_GetStats", 200, Stats, contract: RecordingsFolder.Deviation("/data/pages_found")));
        Assert.Equal(FindingKind.Violation, stale.Kind);
        Assert.Contains("remove the mark", stale.Found);
    }

    [Fact]
    public void Each_event_of_an_undeclared_stream_is_checked_against_the_schema_the_recording_names()
    {
        var contract = RecordingsFolder.Deviation("");
        contract["eventSchema"] = "MessageStreamEvent";
        var findings = Verify("Agents_Get", 200, "data: {\"status\":\"start\"}\n\ndata: {\"status\":\"progress\",\"message\":7}\n\n", "text/event-stream", contract);
        Assert.Equal(FindingKind.Marked, findings[0].Kind);
        var violation = Assert.Single(findings, f => f.Kind == FindingKind.Violation);
        Assert.Equal("event 1:/message", violation.Location);
    }

    [Fact]
    public void An_unknown_operation_is_a_violation() =>
        Assert.Contains("operationId Agents_Teleport", Assert.Single(Verify("Agents_Teleport", 200, Stats)).Found);

    [Theory]
    [InlineData("#/data.data[0].is_shared", "/data/data/0/is_shared")]
    [InlineData("#/sources[2][1]", "/sources/2/1")]
    [InlineData("#", "")]
    public void Validator_paths_become_json_pointers(string path, string pointer) => Assert.Equal(pointer, SchemaErrors.Pointer(path));

    public void Dispose() => _folder.Dispose();
}
