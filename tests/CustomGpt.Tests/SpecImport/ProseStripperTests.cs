using CustomGpt.SpecTool.Import;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.SpecImport;

public class ProseStripperTests
{
    [Fact]
    public void Strips_prose_keywords_but_keeps_properties_named_like_them_and_example_data()
    {
        var doc = JObject.Parse("""
        {
          "info": { "title": "T", "description": "vendor words" },
          "paths": { "/a": { "get": { "summary": "s", "description": "d",
              "parameters": [ { "name": "p", "description": "d", "schema": { "type": "string", "description": "d" } } ] } } },
          "components": { "schemas": { "Meta": { "description": "d", "type": "object",
              "properties": {
                "description": { "type": "string", "description": "d" },
                "summary": { "type": "string" } },
              "example": { "description": "example data stays" } } } }
        }
        """);

        ProseStripper.Strip(doc);

        var leftover = doc.Descendants().OfType<JProperty>()
            .Where(p => p.Name is "description" or "summary" && p.Value.Type == JTokenType.String && p.Parent?.Parent is not JProperty { Name: "example" })
            .Select(p => p.Path).ToList();
        Assert.Empty(leftover);
        var meta = doc["components"]!["schemas"]!["Meta"]!;
        Assert.NotNull(meta["properties"]!["description"]);
        Assert.NotNull(meta["properties"]!["summary"]);
        Assert.Equal("example data stays", (string?)meta["example"]!["description"]);
        Assert.Equal("T", (string?)doc["info"]!["title"]);
    }
}
