using CustomGpt.SpecTool.Import;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.SpecImport;

public class GuardTests
{
    [Fact]
    public void An_inline_object_in_a_response_is_reported_with_its_location()
    {
        var doc = JObject.Parse("""
            {"paths":{"/a":{"get":{"responses":{"200":{"content":{"application/json":{"schema":
              {"type":"object","properties":{"data":{"type":"object","properties":{"id":{"type":"integer"}}}}}}}}}}}},
             "components":{"schemas":{}}}
            """);
        var e = Assert.Throws<SpecImportException>(() => InlineSchemaGuard.Check(doc));
        Assert.True(e.Message.Contains("paths['/a'].get.responses.200.content['application/json'].schema"), e.Message);
    }

    [Fact]
    public void An_inline_enum_in_a_component_property_is_reported_but_the_component_itself_is_fine()
    {
        var doc = JObject.Parse("""{"components":{"schemas":{"A":{"type":"object","properties":{"kind":{"type":"string","enum":["x"]}}},"Kind":{"type":"string","enum":["x"]}}}}""");
        var e = Assert.Throws<SpecImportException>(() => InlineSchemaGuard.Check(doc));
        Assert.Contains("components.schemas.A.properties.kind", e.Message);
        Assert.DoesNotContain("schemas.Kind", e.Message);
    }

    [Fact]
    public void Operations_need_an_area_verb_id_unique_across_the_document()
    {
        var doc = JObject.Parse("""
            {"paths":{"/a":{"get":{"operationId":"Agents_List","summary":"s"},"post":{"operationId":"Agents_List","summary":"s"}},
                      "/b":{"get":{"operationId":"list agents"}}}}
            """);
        var e = Assert.Throws<SpecImportException>(() => OperationGuard.Check(doc));
        Assert.Contains("POST /a: operationId Agents_List is used by GET /a too", e.Message);
        Assert.Contains("GET /b: operationId \"list agents\" is not Area_Verb", e.Message);
    }
}
