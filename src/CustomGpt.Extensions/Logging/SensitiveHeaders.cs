namespace CustomGpt.Extensions.Logging;

/// <summary>The headers whose values are credentials: never written to a log.</summary>
internal static class SensitiveHeaders
{
    static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Api-Key",
    };

    /// <summary>What a log shows in place of a credential.</summary>
    public const string Placeholder = "REDACTED";

    public static bool Contains(string headerName) => Names.Contains(headerName);
}
