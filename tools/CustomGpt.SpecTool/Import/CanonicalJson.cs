using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Reads JSON without reinterpreting it and writes it byte-for-byte reproducibly: object keys in
/// ordinal order, two-space indentation, LF line ends, a final newline, UTF-8 without BOM.
/// </summary>
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
        JObject obj => new JObject(obj.Properties()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new JProperty(p.Name, Sorted(p.Value)))),
        JArray array => new JArray(array.Select(Sorted)),
        _ => token.DeepClone(),
    };

    /// <summary>UTF-8 without a byte order mark.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
