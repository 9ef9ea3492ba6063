using CustomGpt.SpecTool.Diff;
using CustomGpt.SpecTool.Verify;
using Newtonsoft.Json.Linq;

namespace CustomGpt.ContractTests.Assertions;

/// <summary>
/// Where the SDK's result sits in a recorded success body, as the spec says: the envelope
/// property its schema names (<c>x-envelope</c>: <c>data</c>, or <c>license</c> for one license),
/// the page inside it (<c>x-page-property</c>), or the whole body for an operation without an
/// envelope (the OpenAI-format answer).
/// </summary>
public static class RecordedPayload
{
    /// <summary>The payload of <paramref name="body"/>, a success body of <paramref name="operation"/>.</summary>
    public static JToken? Of(SpecContract spec, SpecOperation operation, JToken body)
    {
        var envelope = Envelope(spec, operation);
        return envelope is null || (string?)envelope["x-envelope"] is not { } property ? body : body[property];
    }

    /// <summary>The page object of <paramref name="body"/>, a success body of a paginated list.</summary>
    public static JToken? PageOf(SpecContract spec, SpecOperation operation, JToken body)
    {
        var payload = Of(spec, operation, body);
        var pageProperty = (string?)Envelope(spec, operation)?["x-page-property"];
        return string.IsNullOrEmpty(pageProperty) ? payload : payload?[pageProperty];
    }

    static JObject? Envelope(SpecContract spec, SpecOperation operation) =>
        operation.SuccessSchema() is { } schema && ReferenceResolver.ReferenceName(schema) is { } name
            ? spec.Document.Root["components"]?["schemas"]?[name] as JObject
            : null;
}
