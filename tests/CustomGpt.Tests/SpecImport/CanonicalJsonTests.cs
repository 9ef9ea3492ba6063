using CustomGpt.SpecTool.Import;

namespace CustomGpt.Tests.SpecImport;

public class CanonicalJsonTests
{
    [Fact]
    public void Keys_are_sorted_except_schema_properties_which_keep_their_declaration_order()
    {
        var doc = CanonicalJson.Parse("""{"z":1,"a":{"properties":{"name":{"type":"string"},"file":{"type":"string"}},"type":"object"}}""", "test");
        Assert.Equal(
            "{\n  \"a\": {\n    \"properties\": {\n      \"name\": {\n        \"type\": \"string\"\n      },\n      \"file\": {\n        \"type\": \"string\"\n      }\n    },\n    \"type\": \"object\"\n  },\n  \"z\": 1\n}\n",
            CanonicalJson.Write(doc));
    }

    [Fact]
    public void Date_like_strings_and_decimals_come_back_exactly_as_they_were()
    {
        var doc = CanonicalJson.Parse("""{"a":"2023-06-24 21:40:24","b":2.50,"c":"2023-06-24T21:21:46.000000Z"}""", "test");
        var text = CanonicalJson.Write(doc);
        Assert.Contains("\"2023-06-24 21:40:24\"", text);
        Assert.Contains("\"2023-06-24T21:21:46.000000Z\"", text);
        Assert.Contains("2.50", text);
    }

    [Fact]
    public void Invalid_json_is_a_spec_import_error_naming_its_origin()
    {
        var e = Assert.Throws<SpecImportException>(() => CanonicalJson.Parse("{\"a\":", "The overlay"));
        Assert.StartsWith("The overlay is not valid JSON", e.Message);
    }
}
