using CustomGpt.SpecTool.Import;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.SpecImport;

public class EnvelopePayloadsTests
{
    static JObject Schemas(string envelopes) => JObject.Parse("{\"components\":{\"schemas\":" + envelopes + "}}");

    [Fact]
    public void The_payload_type_is_read_from_the_schema_of_the_payload_property()
    {
        var doc = Schemas("""
            {"AgentEnvelope":{"x-envelope":"data","properties":{"status":{},"data":{"$ref":"#/components/schemas/Agent"}}},
             "LicenseListEnvelope":{"x-envelope":"data","properties":{"status":{},"data":{"type":"array","items":{"$ref":"#/components/schemas/License"}}}},
             "LicenseEnvelope":{"x-envelope":"license","properties":{"status":{},"license":{"allOf":[{"$ref":"#/components/schemas/License"}],"nullable":true}}}}
            """);
        EnvelopePayloads.Apply(doc);
        Assert.Equal("Agent", (string?)doc.SelectToken("$.components.schemas.AgentEnvelope['x-payload-type']"));
        Assert.Equal("License[]", (string?)doc.SelectToken("$.components.schemas.LicenseListEnvelope['x-payload-type']"));
        Assert.Equal("License", (string?)doc.SelectToken("$.components.schemas.LicenseEnvelope['x-payload-type']"));
    }

    [Fact]
    public void An_envelope_without_its_payload_property_or_with_an_inline_payload_fails()
    {
        Assert.Throws<SpecImportException>(() => EnvelopePayloads.Apply(Schemas("""{"E":{"x-envelope":"data","properties":{"status":{}}}}""")));
        Assert.Throws<SpecImportException>(() => EnvelopePayloads.Apply(Schemas("""{"E":{"x-envelope":"data","properties":{"status":{},"data":{"type":"string"}}}}""")));
    }
}
