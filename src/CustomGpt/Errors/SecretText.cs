namespace CustomGpt;

/// <summary>
/// Keeps the credential out of the text the SDK surfaces. A server may echo the key it received
/// (in an error message, a header, a redirect's Location, a field the SDK then fails to read), so
/// every exception built from a response scrubs the token that request carried from all its text.
/// </summary>
internal static class SecretText
{
    public const string Mask = "[REDACTED]";

    // Shorter fragments would mask ordinary words; real keys and their secret halves are far longer.
    const int MinimumSecretLength = 8;

    /// <summary>The forms of the token <paramref name="request"/> carried, as a server might echo them.</summary>
    public static IReadOnlyList<string> SentWith(HttpRequestMessage? request) => FormsOf(TokenOf(request));

    // The header as it went out, not as the runtime would parse it: the SDK sets it as text, and a
    // token the parser rejects (one with a comma or a quote) would otherwise go unmasked.
    static string? TokenOf(HttpRequestMessage? request)
    {
        if (request is null) return null;
#if NET6_0_OR_GREATER
        if (!request.Headers.NonValidated.TryGetValues("Authorization", out var values)) return null;
        var header = values.ToString();
#else
        if (!request.Headers.TryGetValues("Authorization", out var values)) return null;
        var header = string.Join(", ", values);
#endif
        var space = header.IndexOf(' ');
        return space < 0 ? null : header.Substring(space + 1).Trim();
    }

    /// <summary>
    /// <paramref name="secret"/> as sent, JSON-escaped (<c>/</c> as <c>\/</c>) and URL-escaped; for an
    /// <c>id|secret</c> key, its secret half alone too, which authenticates without the id. Longest first.
    /// </summary>
    public static IReadOnlyList<string> FormsOf(string? secret)
    {
        if (string.IsNullOrEmpty(secret)) return [];
        var whole = secret!;
        var parts = new List<string> { whole };
        var bar = whole.IndexOf('|');
        if (bar >= 0 && whole.Length - bar - 1 >= MinimumSecretLength) parts.Add(whole.Substring(bar + 1));
        return parts
            .SelectMany(p => new[] { p, p.Replace("/", "\\/"), Uri.EscapeDataString(p) })
            .Where(p => p.Length >= MinimumSecretLength)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length)
            .ToArray();
    }

    public static string? Scrub(string? text, IReadOnlyList<string> secrets)
    {
        if (text is null || secrets.Count == 0) return text;
        foreach (var secret in secrets)
            if (text.IndexOf(secret, StringComparison.OrdinalIgnoreCase) >= 0) text = Replace(text, secret);
        return text;
    }

    static string Replace(string text, string secret)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var at = 0;
        for (var found = text.IndexOf(secret, StringComparison.OrdinalIgnoreCase); found >= 0; found = text.IndexOf(secret, at, StringComparison.OrdinalIgnoreCase))
        {
            result.Append(text, at, found - at).Append(Mask);
            at = found + secret.Length;
        }
        return result.Append(text, at, text.Length - at).ToString();
    }

    public static IReadOnlyDictionary<string, IEnumerable<string>> Scrub(IReadOnlyDictionary<string, IEnumerable<string>> headers, IReadOnlyList<string> secrets)
    {
        if (secrets.Count == 0) return headers;
        var scrubbed = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers) scrubbed[header.Key] = header.Value.Select(v => Scrub(v, secrets)!).ToArray();
        return scrubbed;
    }
}
