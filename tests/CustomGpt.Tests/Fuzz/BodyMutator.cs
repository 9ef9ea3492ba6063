using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.Fuzz;

/// <summary>
/// Seeded mutations of a valid body: truncations, type swaps, nulls, huge numbers, deep nesting,
/// invalid UTF-8, wrong envelopes, and the shapes PHP gives values (integers as <c>12.0</c> or
/// <c>"12.0"</c>, <c>[]</c> for an object, <c>{}</c> or an index-keyed object for an array).
/// </summary>
internal sealed class BodyMutator(int seed)
{
    readonly Random _random = new(seed);

    static readonly JToken[] Replacements =
    [
        JValue.CreateNull(), "text", "", "1", "0", "2023-06-24 21:40:24", "not-a-date", 0, 1, -1, 2.5,
        new JValue(1e308), new JValue(decimal.MaxValue), JToken.Parse("123456789012345678901234567890"), true, false,
        new JArray(), new JObject(), new JArray(1, "a", JValue.CreateNull()), JObject.Parse("""{"unexpected":{"deep":[1]}}"""),
    ];

    static readonly string[] WrongEnvelopes =
    [
        "", "null", "[]", "\"success\"", "42", "{}", """{"status":"success"}""", """{"status":"success","data":null}""",
        """{"status":"error"}""", """{"status":"error","data":{"code":"x","message":{"nested":true}}}""", """{"status":"unknown","data":{}}""",
        """{"data":{"data":{"data":{}}}}""", "<html><body>Gateway</body></html>", "{\"status\":\"success\",\"data\":{\"id\":1}}garbage",
    ];

    /// <summary>Whether the last mutation only gave values PHP's other shapes, which lose nothing the SDK needs: the call must succeed.</summary>
    public bool LastKeepsMeaning { get; private set; }

    public byte[] Mutate(JToken valid)
    {
        var text = valid.ToString(Formatting.None);
        var kind = _random.Next(8);
        LastKeepsMeaning = kind == 6;
        switch (kind)
        {
            case 0: return Encoding.UTF8.GetBytes(text.Substring(0, _random.Next(text.Length)));
            case 1: return Encoding.UTF8.GetBytes(Replace(valid, Replacements[_random.Next(Replacements.Length)]));
            case 2: return Encoding.UTF8.GetBytes(Replace(valid, JValue.CreateNull()));
            case 3: return Encoding.UTF8.GetBytes(Replace(valid, Nested(_random.Next(20, 300))));
            case 4:
                var bytes = Encoding.UTF8.GetBytes(text).ToList();
                bytes.InsertRange(_random.Next(bytes.Count), new byte[] { 0xC3, 0x28, 0xFF, 0xFE });
                return bytes.ToArray();
            case 5: return Encoding.UTF8.GetBytes(WrongEnvelopes[_random.Next(WrongEnvelopes.Length)]);
            case 6: return Encoding.UTF8.GetBytes(PhpShapes(valid));
            default: return Encoding.UTF8.GetBytes(Replace(valid, new JRaw("9" + new string('9', _random.Next(20, 400)))));
        }
    }

    // Every integer, object and array of the body in another shape PHP writes, each with even odds.
    string PhpShapes(JToken valid)
    {
        var copy = valid.DeepClone();
        var nodes = copy is JContainer container ? container.DescendantsAndSelf().Where(n => n is not JProperty && n.Parent is not null).ToList() : [];
        foreach (var node in nodes.Where(_ => _random.Next(2) == 0))
        {
            JToken? shape = node switch
            {
                JValue { Type: JTokenType.Integer } number => _random.Next(2) == 0 ? new JValue((double)(long)number) : new JValue($"{(long)number}.0"),
                JObject { Count: 0 } => new JArray(),
                JArray array when _random.Next(2) == 0 => new JObject(),
                JArray array => new JObject(array.Select((item, index) => new JProperty(index.ToString(System.Globalization.CultureInfo.InvariantCulture), item.DeepClone()))),
                _ => null,
            };
            if (shape is null || node.Parent is null) continue;
            if (node.Parent is JProperty property) property.Value = shape;
            else node.Replace(shape);
        }
        return copy.ToString(Formatting.None);
    }

    string Replace(JToken valid, JToken replacement)
    {
        var copy = valid.DeepClone();
        var nodes = copy is JContainer container ? container.DescendantsAndSelf().Where(n => n is not JProperty).ToList() : [copy];
        var target = nodes[_random.Next(nodes.Count)];
        if (target.Parent is null) return replacement.ToString(Formatting.None);
        if (target.Parent is JProperty property) property.Value = replacement.DeepClone();
        else target.Replace(replacement.DeepClone());
        return copy.ToString(Formatting.None);
    }

    static JToken Nested(int depth)
    {
        JToken token = 1;
        for (var i = 0; i < depth; i++) token = new JArray(token);
        return token;
    }
}
