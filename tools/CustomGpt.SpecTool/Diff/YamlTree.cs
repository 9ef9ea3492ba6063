using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// A YAML document as the same tree a JSON one gives (YAML 1.2 core schema: plain <c>true</c>,
/// <c>12</c>, <c>null</c> are typed, quoted scalars stay strings), and the line of every node by
/// its JSON pointer.
/// </summary>
public static partial class YamlTree
{
    /// <summary>Reads the first document of <paramref name="text"/>.</summary>
    /// <exception cref="SpecDiffException">The text is not YAML, or its top level is not a mapping.</exception>
    public static (JObject Root, IReadOnlyDictionary<string, int> Lines) Read(string text, string origin)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException e)
        {
            throw new SpecDiffException($"{origin} is neither valid JSON nor valid YAML: line {e.Start.Line}: {e.Message}");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            throw new SpecDiffException($"{origin} is not an OpenAPI document: its top level is not an object (JSON) or mapping (YAML).");
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        return ((JObject)Convert(mapping, "", lines, origin, 0), lines);
    }

    static JToken Convert(YamlNode node, string pointer, Dictionary<string, int> lines, string origin, int depth)
    {
        // Aliases may build a tree that never ends; a real document is far shallower than this.
        if (depth > 256) throw new SpecDiffException($"{origin} line {node.Start.Line}: nesting deeper than 256 levels (a cycle of YAML aliases?).");
        lines.TryAdd(pointer, (int)node.Start.Line);
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode scalar ? scalar.Value ?? "" : throw new SpecDiffException($"{origin} line {key.Start.Line}: a mapping key is not a scalar.");
                    if (obj.ContainsKey(name)) throw new SpecDiffException($"{origin} line {key.Start.Line}: the key \"{name}\" appears twice.");
                    var childPointer = pointer + "/" + name.Replace("~", "~0").Replace("/", "~1");
                    lines.TryAdd(childPointer, (int)key.Start.Line);
                    obj[name] = Convert(value, childPointer, lines, origin, depth + 1);
                }
                return obj;
            case YamlSequenceNode sequence:
                return new JArray(sequence.Children.Select((item, i) => Convert(item, $"{pointer}/{i}", lines, origin, depth + 1)));
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                throw new SpecDiffException($"{origin} line {node.Start.Line}: unsupported YAML node.");
        }
    }

    static JValue Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain) return new JValue(value);
        if (value is "" or "~" or "null" or "Null" or "NULL") return JValue.CreateNull();
        if (value is "true" or "True" or "TRUE") return new JValue(true);
        if (value is "false" or "False" or "FALSE") return new JValue(false);
        if (Integer().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return new JValue(integer);
        if (Float().IsMatch(value) && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return new JValue(number);
        return new JValue(value);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
