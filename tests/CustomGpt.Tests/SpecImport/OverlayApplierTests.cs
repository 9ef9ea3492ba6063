using CustomGpt.SpecTool.Import;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.SpecImport;

public class OverlayApplierTests
{
    static JObject Overlay(params object[] actions) => JObject.FromObject(new { overlay = "1.0.0", actions });

    [Fact]
    public void Update_merges_objects_replaces_values_and_appends_to_arrays()
    {
        var doc = JObject.Parse("""{"a":{"keep":1,"change":"old","list":[1]}}""");
        OverlayApplier.Apply(doc, Overlay(new { target = "$.a", description = "why", update = new { change = "new", added = true, list = new[] { 2 } } }));
        Assert.Equal("""{"a":{"keep":1,"change":"new","list":[1,2],"added":true}}""", doc.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void Remove_deletes_every_match_of_a_wildcard_and_filter_target()
    {
        var doc = JObject.Parse("""{"p":{"x":{"tags":["a"]},"y":{"tags":["b"]}},"params":[{"name":"a"},{"name":"b"}]}""");
        OverlayApplier.Apply(doc, Overlay(
            new { target = "$.p.*.tags", description = "why", remove = true },
            new { target = "$.params[?(@.name == 'a')]", description = "why", remove = true }));
        Assert.Equal("""{"p":{"x":{},"y":{}},"params":[{"name":"b"}]}""", doc.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void A_target_that_matches_nothing_fails_naming_the_target()
    {
        var e = Assert.Throws<SpecImportException>(() =>
            OverlayApplier.Apply(new JObject(), Overlay(new { target = "$.paths['/gone'].get", description = "why", update = new { } })));
        Assert.Contains("$.paths['/gone'].get", e.Message);
        Assert.Contains("matches nothing", e.Message);
    }

    [Fact]
    public void An_action_without_a_reason_is_refused()
    {
        var e = Assert.Throws<SpecImportException>(() =>
            OverlayApplier.Apply(JObject.Parse("""{"a":{}}"""), Overlay(new { target = "$.a", update = new { b = 1 } })));
        Assert.Contains("no description", e.Message);
    }

    [Fact]
    public void Replacing_an_object_with_a_value_is_refused_as_incompatible()
    {
        Assert.Throws<SpecImportException>(() =>
            OverlayApplier.Apply(JObject.Parse("""{"a":{"b":{"c":1}}}"""), Overlay(new { target = "$.a", description = "why", update = new { b = "x" } })));
    }
}
