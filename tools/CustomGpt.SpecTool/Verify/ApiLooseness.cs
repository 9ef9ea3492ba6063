using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace CustomGpt.SpecTool.Verify;

/// <summary>
/// The looseness of the live API that the verifier accepts by rule instead of by mark, because it
/// is everywhere and the SDK reads it on purpose (see API-NOTES and <c>CustomGpt.Json</c>):
/// <list type="bullet">
/// <item><b>0/1 booleans.</b> Booleans come back as <c>0</c>/<c>1</c> depending on endpoint and record
/// age. The spec keeps <c>type: boolean</c>, the type the SDK exposes: widening it to boolean-or-integer
/// would make the generator emit <c>object</c> properties. The SDK's tolerant converter reads both.</item>
/// </list>
/// Timestamps need no rule: the validator's <c>date-time</c> check accepts both forms the API sends
/// (<c>2023-06-24T21:21:46.000000Z</c> and <c>2023-06-24 21:40:24</c>), as the SDK does, and still
/// rejects text that is no timestamp at all. <c>--strict</c> turns the rules off to list every place
/// they apply.
/// </summary>
public static class ApiLooseness
{
    /// <summary>The reason reported for a tolerated 0/1 boolean.</summary>
    public const string LooseBooleanReason = "0/1 boolean: the API's looseness, read by the SDK's tolerant converter";

    /// <summary>Whether the validation error is a looseness the rules accept.</summary>
    public static string? Tolerates(ValidationErrorKind kind, JToken? found) =>
        kind == ValidationErrorKind.BooleanExpected && found is JValue { Type: JTokenType.Integer } number && (long)number is 0 or 1
            ? LooseBooleanReason
            : null;
}
