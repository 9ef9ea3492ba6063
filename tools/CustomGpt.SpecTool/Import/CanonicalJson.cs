using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Reads JSON without reinterpreting it and writes it byte-for-byte reproducibly: object keys in
/// ordinal order, two-space indentation, LF line ends, a final newline, UTF-8 without BOM.
/// </summary>
/// <remarks>
/// The one exception to sorting is a schema's <c>properties</c> map: its order is the declaration
/// order the generator uses for model members and multipart parameters (name before file), so it
/// keeps the order of its source.
/// </remarks>
public static class CanonicalJson
{
    /// <summary>Parses JSON keeping strings that look like dates as strings and numbers exact.</summary>
    public static JObject Parse(string json, string origin)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        try
        {
            return JObject.Load(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException e)
        {
            throw new SpecImportException($"{origin} is not valid JSON: {e.Message}");
        }
    }

    /// <summary>Writes <paramref name="token"/> in the canonical form.</summary>
    public static string Write(JToken token)
    {
        var text = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
            Sorted(token).WriteTo(writer);
        return text.ToString().Replace("\r\n", "\n") + "\n";
    }

    static JToken Sorted(JToken token) => token switch
    {
        JObject obj when obj.Parent is JProperty { Name: "properties" } && !IsInData(obj) =>
            new JObject(obj.Properties().Select(p => new JProperty(p.Name, Sorted(p.Value)))),
        JObject obj => new JObject(obj.Properties()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new JProperty(p.Name, Sorted(p.Value)))),
        JArray array => new JArray(array.Select(Sorted)),
        _ => token.DeepClone(),
    };

    static bool IsInData(JToken token) =>
        token.Ancestors().OfType<JProperty>().Any(a => a.Name is "example" or "examples" or "default" or "enum");

    /// <summary>UTF-8 without a byte order mark.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
