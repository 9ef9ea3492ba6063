using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Record;

/// <summary>
/// Replaces credentials with <see cref="FakeCredentials.ApiKey"/> in everything a recording would
/// contain: every token the recorded requests carried (in Authorization headers, <c>api_key</c> or
/// <c>token</c> query values), as written or URL-encoded, and any other key-shaped text
/// (<c>123|AbC...</c>) in bodies, URLs and headers.
/// </summary>
public sealed partial class SecretRedactor
{
    static readonly string[] SecretQueryNames = ["api_key", "token"];
    readonly HashSet<string> _secrets = new(StringComparer.Ordinal);

    /// <summary>Learns the credentials a recorded WireMock mapping's request carried.</summary>
    public void LearnFrom(JObject recordedMapping)
    {
        foreach (var header in recordedMapping["Request"]?["Headers"] as JArray ?? [])
            if (string.Equals((string?)header["Name"], "Authorization", StringComparison.OrdinalIgnoreCase))
                foreach (var pattern in Patterns(header)) Learn(Regex.Replace(pattern, "^(Bearer|Basic|Token)\\s+", "", RegexOptions.IgnoreCase));
        foreach (var param in recordedMapping["Request"]?["Params"] as JArray ?? [])
            if (SecretQueryNames.Contains((string?)param["Name"], StringComparer.OrdinalIgnoreCase))
                foreach (var pattern in Patterns(param)) Learn(pattern);
    }

    /// <summary>A copy of <paramref name="token"/> with every credential replaced, in values and property names.</summary>
    public JToken Redact(JToken token) => token switch
    {
        JObject obj => new JObject(obj.Properties().Select(p => new JProperty(Redact(p.Name), Redact(p.Value)))),
        JArray array => new JArray(array.Select(Redact)),
        JValue { Type: JTokenType.String } value => new JValue(Redact((string)value!)),
        _ => token.DeepClone(),
    };

    /// <summary><paramref name="text"/> with every credential replaced.</summary>
    public string Redact(string text)
    {
        // Longest first, so that a secret containing another is replaced whole.
        foreach (var secret in _secrets.OrderByDescending(s => s.Length))
            text = text.Replace(secret, FakeCredentials.ApiKey, StringComparison.Ordinal);
        return KeyShape().Replace(text, FakeCredentials.ApiKey);
    }

    void Learn(string secret)
    {
        secret = secret.Trim();
        if (secret.Length < 8 || secret == FakeCredentials.ApiKey) return;
        _secrets.Add(secret);
        _secrets.Add(Uri.EscapeDataString(secret));
    }

    static IEnumerable<string> Patterns(JToken matched) =>
        (matched["Matchers"] as JArray ?? []).Select(m => (string?)m["Pattern"]).OfType<string>();

    // The API's keys: digits, a bar, then letters and digits (the fake key's hyphens keep it out).
    [GeneratedRegex(@"\b\d+(\||%7C)[A-Za-z0-9]{20,}\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeyShape();
}
