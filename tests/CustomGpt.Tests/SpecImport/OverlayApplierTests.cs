using CustomGpt.SpecTool.Import;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.SpecImport;

public class OverlayApplierTests
{
    const string Origin = "spec/overlays/corrections.json";

    static JObject Overlay(params object[] actions) => JObject.FromObject(new { overlay = "1.0.0", actions });

    static void Apply(JObject doc, JObject overlay, OverlayKind kind = OverlayKind.Corrections) =>
        OverlayApplier.Apply(doc, overlay, Origin, kind, new NameOrigins());

    // Parsed from text, as the importer reads it, so that every action has a line.
    static JObject OverlayText(string actions) => CanonicalJson.Parse("{\n  \"overlay\": \"1.0.0\",\n  \"actions\": [\n" + actions + "\n  ]\n}", Origin);

    [Fact]
    public void Update_merges_objects_replaces_values_and_appends_to_arrays()
    {
        var doc = JObject.Parse("""{"a":{"keep":1,"change":"old","list":[1]}}""");
        Apply(doc, Overlay(new { target = "$.a", description = "why", update = new { change = "new", added = true, list = new[] { 2 } } }));
        Assert.Equal("""{"a":{"keep":1,"change":"new","list":[1,2],"added":true}}""", doc.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void Remove_deletes_every_match_of_a_wildcard_and_filter_target()
    {
        var doc = JObject.Parse("""{"p":{"x":{"tags":["a"]},"y":{"tags":["b"]}},"params":[{"name":"a"},{"name":"b"}]}""");
        Apply(doc, Overlay(
            new { target = "$.p.*.tags", description = "why", remove = true },
            new { target = "$.params[?(@.name == 'a')]", description = "why", remove = true }));
        Assert.Equal("""{"p":{"x":{},"y":{}},"params":[{"name":"b"}]}""", doc.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void A_target_that_matches_nothing_fails_naming_the_file_line_and_target()
    {
        var overlay = OverlayText("""
                {"target": "$.a", "description": "why", "update": {"b": 1}},
                {"target": "$.paths['/gone'].get", "description": "why", "update": {}}
            """);
        var e = Assert.Throws<SpecImportException>(() => Apply(JObject.Parse("""{"a":{}}"""), overlay));
        Assert.StartsWith($"{Origin}:5: ", e.Message);
        Assert.Contains("$.paths['/gone'].get matches nothing", e.Message);
    }

    [Fact]
    public void A_correction_without_a_reason_fails_naming_the_file_and_line_but_a_name_needs_none()
    {
        var overlay = OverlayText("""
                {"target": "$.a", "update": {"x-schema-name": "A"}}
            """);
        var e = Assert.Throws<SpecImportException>(() => Apply(JObject.Parse("""{"a":{}}"""), overlay));
        Assert.StartsWith($"{Origin}:4: ", e.Message);
        Assert.Contains("no description saying what the live API does", e.Message);

        var doc = JObject.Parse("""{"a":{}}""");
        Apply(doc, overlay, OverlayKind.Names);
        Assert.Equal("A", (string?)doc["a"]!["x-schema-name"]);
    }

    [Fact]
    public void A_description_written_by_an_overlay_is_refused_in_favour_of_the_docs_but_example_data_is_not_prose()
    {
        var overlay = OverlayText("""
                {"target": "$.a", "description": "why", "update": {"example": {"description": "data"}}},
                {"target": "$.a", "description": "why", "update": {"properties": {"url": {"type": "string",
                  "description": "prose"}}}}
            """);
        var e = Assert.Throws<SpecImportException>(() => Apply(JObject.Parse("""{"a":{}}"""), overlay));
        Assert.StartsWith($"{Origin}:6: description is prose", e.Message);
    }

    [Fact]
    public void Replacing_an_object_with_a_value_is_refused_as_incompatible()
    {
        Assert.Throws<SpecImportException>(() =>
            Apply(JObject.Parse("""{"a":{"b":{"c":1}}}"""), Overlay(new { target = "$.a", description = "why", update = new { b = "x" } })));
    }
}
