using System.Net.Http.Headers;
using System.Text;

namespace CustomGpt.Extensions.Logging;

/// <summary>Headers as one line of log text, credentials replaced by <see cref="SensitiveHeaders.Placeholder"/>.</summary>
internal static class RedactedHeaders
{
    public static string Format(HttpHeaders headers, HttpHeaders? contentHeaders)
    {
        var text = new StringBuilder();
        Append(text, headers);
        if (contentHeaders is not null) Append(text, contentHeaders);
        return text.ToString();
    }

    static void Append(StringBuilder text, HttpHeaders headers)
    {
        foreach (var header in headers)
        {
            if (text.Length > 0) text.Append("; ");
            text.Append(header.Key).Append(": ");
            text.Append(SensitiveHeaders.Contains(header.Key) ? SensitiveHeaders.Placeholder : string.Join(", ", header.Value));
        }
    }
}
