using CustomGpt.SpecTool.Import;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.SpecImport;

public class SchemaNamerTests
{
    static JObject Doc(string paths, string schemas = "{}") =>
        JObject.Parse("{\"paths\":" + paths + ",\"components\":{\"schemas\":" + schemas + "}}");

    static string Body(string schema) =>
        "{\"/a\":{\"get\":{\"responses\":{\"200\":{\"content\":{\"application/json\":{\"schema\":" + schema + "}}}}}}}";

    [Fact]
    public void An_inline_schema_becomes_a_named_component_and_a_reference()
    {
        var doc = Doc(Body("""{"x-schema-name":"Thing","type":"object","properties":{"id":{"type":"integer"}}}"""));
        SchemaNamer.Apply(doc);
        Assert.Equal("#/components/schemas/Thing", (string?)doc.SelectToken("$.paths['/a'].get.responses['200'].content['application/json'].schema['$ref']"));
        Assert.Equal("integer", (string?)doc.SelectToken("$.components.schemas.Thing.properties.id.type"));
        Assert.Null(doc["components"]!["schemas"]!["Thing"]!["x-schema-name"]);
    }

    [Fact]
    public void Renaming_a_component_moves_every_reference()
    {
        var doc = Doc(Body("""{"$ref":"#/components/schemas/Project"}"""), """{"Project":{"x-schema-name":"Agent","type":"object"}}""");
        SchemaNamer.Apply(doc);
        Assert.NotNull(doc["components"]!["schemas"]!["Agent"]);
        Assert.Null(doc["components"]!["schemas"]!["Project"]);
        Assert.Equal("#/components/schemas/Agent", (string?)doc.SelectToken("$..['$ref']"));
    }

    [Fact]
    public void Equal_schemas_share_a_name_and_use_site_keywords_stay_beside_the_reference()
    {
        var doc = Doc("{}", """
            {"A":{"type":"object","properties":{
               "one":{"x-schema-name":"Color","type":"string","enum":["red"],"description":"first use"},
               "two":{"x-schema-name":"Color","type":"string","enum":["red"],"nullable":true}}}}
            """);
        SchemaNamer.Apply(doc);
        var props = doc["components"]!["schemas"]!["A"]!["properties"]!;
        Assert.Equal("first use", (string?)props["one"]!["description"]);
        Assert.Equal("#/components/schemas/Color", (string?)props["one"]!["allOf"]![0]!["$ref"]);
        Assert.True((bool)props["two"]!["nullable"]!);
        Assert.Equal(new[] { "red" }, doc["components"]!["schemas"]!["Color"]!["enum"]!.Values<string>());
    }

    [Fact]
    public void Different_schemas_with_one_name_fail_showing_both()
    {
        var doc = Doc("{}", """
            {"A":{"type":"object","properties":{
               "one":{"x-schema-name":"Color","type":"string","enum":["red"]},
               "two":{"x-schema-name":"Color","type":"string","enum":["blue"]}}}}
            """);
        var e = Assert.Throws<SpecImportException>(() => SchemaNamer.Apply(doc));
        Assert.Contains("Two different schemas are named Color", e.Message);
        Assert.Contains("blue", e.Message);
    }

    [Fact]
    public void A_name_that_is_not_a_type_name_is_refused()
    {
        var doc = Doc(Body("""{"x-schema-name":"bad_name","type":"object","properties":{}}"""));
        Assert.Throws<SpecImportException>(() => SchemaNamer.Apply(doc));
    }
}
