using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CustomGpt.SpecTool.Verify;

/// <summary>Runs NJsonSchema on one JSON value and words its errors as findings (pointer, expected, found).</summary>
public static partial class SchemaErrors
{
    /// <summary>The findings of validating <paramref name="value"/> against <paramref name="schema"/>; <paramref name="prefix"/> starts each location.</summary>
    public static IEnumerable<Finding> Validate(JsonSchema schema, JToken value, string source, string prefix, bool strict)
    {
        // With settings: the parameterless validator checks no formats (date-time, email...).
        var validator = new JsonSchemaValidator(new JsonSchemaValidatorSettings());
        foreach (var error in Flatten(validator.Validate(value, schema, SchemaType.OpenApi3)))
        {
            var pointer = Pointer(error.Path);
            var found = value.SelectToken(TokenPath(pointer), errorWhenNoMatch: false);
            var tolerated = strict ? null : ApiLooseness.Tolerates(error.Kind, found);
            yield return new Finding(source, prefix + pointer, Expected(error), Describe(found),
                tolerated is null ? FindingKind.Violation : FindingKind.Tolerated, tolerated);
        }
    }

    // Errors inside allOf/anyOf/oneOf come nested; the leaves say what is wrong.
    static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Values.Any(e => e.Count > 0))
                foreach (var inner in Flatten(child.Errors.Values.SelectMany(e => e))) yield return inner;
            else yield return error;
        }
    }

    /// <summary>NJsonSchema's path (<c>#/data.items[0].name</c>) as a JSON pointer (<c>/data/items/0/name</c>).</summary>
    public static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "#") return "";
        var body = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        var segments = new List<string>();
        foreach (var part in body.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var match = IndexedSegment().Match(part);
            if (match.Groups["name"].Value.Length > 0) segments.Add(match.Groups["name"].Value);
            segments.AddRange(match.Groups["index"].Captures.Select(c => c.Value));
        }
        return segments.Count == 0 ? "" : "/" + string.Join("/", segments.Select(s => s.Replace("~", "~0").Replace("/", "~1")));
    }

    static string TokenPath(string pointer) =>
        pointer.Length == 0 ? "" : string.Concat(pointer[1..].Split('/').Select(s => s.Replace("~1", "/").Replace("~0", "~"))
            .Select(s => int.TryParse(s, out _) ? $"[{s}]" : $"['{s.Replace("'", "\\'")}']"));

    static string Expected(ValidationError error)
    {
        var schema = error.Schema?.ActualSchema;
        return error.Kind switch
        {
            ValidationErrorKind.NotInEnumeration when schema?.Enumeration.Count > 0 =>
                "one of " + string.Join(", ", schema.Enumeration.Select(v => JsonConvert.SerializeObject(v))),
            ValidationErrorKind.DateTimeExpected => "a date-time",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => "no property of that name",
            ValidationErrorKind.PropertyRequired => $"the required property {error.Property}",
            _ when error.Kind.ToString().EndsWith("Expected", StringComparison.Ordinal) =>
                Article(error.Kind.ToString()[..^"Expected".Length].ToLowerInvariant()) + (schema?.IsNullable(SchemaType.OpenApi3) == true ? " or null" : ""),
            _ => error.Kind.ToString(),
        };
    }

    static string Article(string type) => type is "integer" or "object" or "array" ? $"an {type}" : $"a {type}";

    /// <summary>A short description of a JSON value: its type and, for scalars, the value.</summary>
    public static string Describe(JToken? token) => token switch
    {
        null => "nothing",
        { Type: JTokenType.Null } => "null",
        JObject => "an object",
        JArray array => $"an array of {array.Count}",
        JValue value => $"{value.Type.ToString().ToLowerInvariant()} {Shorten(value.ToString(Formatting.None))}",
        _ => token.Type.ToString(),
    };

    static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^(?<name>[^\[]*)(?:\[(?<index>\d+)\])*$")]
    private static partial Regex IndexedSegment();
}
