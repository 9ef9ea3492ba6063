using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.Fuzz;

/// <summary>Seeded mutations of a valid body: truncations, type swaps, nulls, huge numbers, deep nesting, invalid UTF-8, wrong envelopes.</summary>
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

    public byte[] Mutate(JToken valid)
    {
        var text = valid.ToString(Formatting.None);
        switch (_random.Next(7))
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
            default: return Encoding.UTF8.GetBytes(Replace(valid, new JRaw("9" + new string('9', _random.Next(20, 400)))));
        }
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
