using CustomGpt.SpecTool.Verify;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace CustomGpt.Tests.Verify;

/// <summary>
/// SpecTool verify checks recordings with NJsonSchema, which is already strict about every shape
/// the SDK reads tolerantly: a recording holding one fails verify, so the spec and the recordings
/// keep catching drift. (Only 0/1 booleans are accepted by rule, and --strict lists those too.)
/// </summary>
public class VerifyStrictnessTests
{
    [Theory]
    [InlineData("integer", "12.0")]
    [InlineData("integer", "\"12\"")]
    [InlineData("integer", "\"12061.0\"")]
    [InlineData("object", "[]")]
    [InlineData("array", "{}")]
    [InlineData("array", "{\"0\":1,\"1\":2}")]
    [InlineData("boolean", "\"1\"")]
    public async Task A_shape_the_sdk_tolerates_is_a_violation_for_verify(string type, string value)
    {
        var schema = await JsonSchema.FromJsonAsync($$"""{"type":"{{type}}"{{(type == "array" ? ",\"items\":{\"type\":\"integer\"}" : "")}}}""");

        var finding = Assert.Single(SchemaErrors.Validate(schema, JToken.Parse(value), "test", "", strict: false));

        Assert.Equal(FindingKind.Violation, finding.Kind);
    }
}
