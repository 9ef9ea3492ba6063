namespace CustomGpt.Auth;

/// <summary>
/// What a key must be to travel in an Authorization header: printable ASCII without spaces. A key
/// pasted with a line break or read from a file with a stray character otherwise fails on every call
/// (a line break as a header format error, a non-ASCII letter as a "connection failure" that is
/// retried), far from where the key was set. The messages name the kind of character, never the key.
/// </summary>
internal static class ApiKeyFormat
{
    /// <summary>What is wrong with <paramref name="key"/>, or null when it can be sent.</summary>
    public static string? Problem(string key)
    {
        foreach (var c in key)
        {
            if (c is '\r' or '\n') return "a line break (CR or LF)";
            if (char.IsControl(c)) return "a control character (e.g. NUL or a tab)";
            if (c > '\u007e') return "a non-ASCII character";
            if (c == ' ') return "whitespace";
        }
        return null;
    }

    public static string Describe(string what, string problem) =>
        $"{what} contains {problem}, which cannot be sent in an HTTP header. Check how it was copied or stored (the value is not shown here).";
}
