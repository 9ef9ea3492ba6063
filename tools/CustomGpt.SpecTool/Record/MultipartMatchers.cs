using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Record;

/// <summary>
/// Matchers for a recorded multipart/form-data body that do not depend on its boundary, written as
/// the checked-in recordings are: one regex per part (its name and content; a file part its name,
/// file name and content type), all required, plus one that rejects any part not named.
/// </summary>
public static partial class MultipartMatchers
{
    const int MaxContent = 2000;

    /// <summary>The body matcher for <paramref name="body"/> sent with <paramref name="contentType"/>, or null when it is not multipart.</summary>
    public static JObject? For(string body, string? contentType)
    {
        var boundary = contentType is null ? null : Boundary().Match(contentType) is { Success: true } m ? m.Groups[1].Value : null;
        if (boundary is null) return null;
        var matchers = new JArray();
        var names = new List<string>();
        foreach (var part in body.Split("--" + boundary).Skip(1))
        {
            if (part.StartsWith("--", StringComparison.Ordinal)) break;
            var split = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (split < 0) continue;
            var headers = part[..split].Trim('\r', '\n').Split("\r\n");
            var content = part[(split + 4)..];
            content = content.EndsWith("\r\n", StringComparison.Ordinal) ? content[..^2] : content;
            var disposition = headers.FirstOrDefault(h => h.StartsWith("Content-Disposition:", StringComparison.OrdinalIgnoreCase));
            if (disposition is null || NameOf(disposition) is not { } name) continue;
            names.Add(name);
            matchers.Add(Regex(PartPattern(headers, disposition, name, content)));
        }
        var alternatives = string.Join("|", names.Select(System.Text.RegularExpressions.Regex.Escape));
        matchers.Add(new JObject { ["Name"] = "RegexMatcher", ["Pattern"] = $"Content-Disposition: form-data; name=(?!(?:{alternatives})[;\r])", ["RejectOnMatch"] = true });
        return new JObject { ["MatchOperator"] = "And", ["Matchers"] = matchers };
    }

    static string PartPattern(string[] headers, string disposition, string name, string content)
    {
        // Content the recording can show (short text) is matched exactly; a large or binary file by its headers only.
        var body = content.Length <= MaxContent && !content.Any(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t')
            ? System.Text.RegularExpressions.Regex.Escape(content).Replace("\\r", "\r").Replace("\\n", "\n")
            : "[\\s\\S]*?";
        if (FileName().Match(disposition) is { Success: true } file)
        {
            var type = headers.FirstOrDefault(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase));
            var typeLine = type is null ? "" : System.Text.RegularExpressions.Regex.Escape(type) + "\r\n";
            return $"{typeLine}Content-Disposition: form-data; name={System.Text.RegularExpressions.Regex.Escape(name)}; filename={System.Text.RegularExpressions.Regex.Escape(file.Groups[1].Value)}[^\r\n]*\r\n\r\n{body}\r\n--";
        }
        return $"Content-Disposition: form-data; name={System.Text.RegularExpressions.Regex.Escape(name)}\r\n\r\n{body}\r\n--";
    }

    static string? NameOf(string disposition) => PartName().Match(disposition) is { Success: true } m ? m.Groups[1].Value : null;

    static JObject Regex(string pattern) => new() { ["Name"] = "RegexMatcher", ["Pattern"] = pattern };

    [GeneratedRegex("boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    // The name as written, quotes included when the sender quoted it (example_questions[0]).
    [GeneratedRegex("; name=(\"[^\"]*\"|[^;\\s]+)")]
    private static partial Regex PartName();

    [GeneratedRegex("; filename=(\"[^\"]*\"|[^;\\s]+)")]
    private static partial Regex FileName();
}
