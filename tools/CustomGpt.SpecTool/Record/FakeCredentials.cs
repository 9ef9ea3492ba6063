namespace CustomGpt.SpecTool.Record;

/// <summary>
/// The one credential recordings may contain. Every recording's mapping requires
/// <c>Authorization: Bearer </c><see cref="ApiKey"/>, and the recorder writes it wherever a real
/// key was. Its hyphens keep it from looking like a real key (<c>123|AbC...</c>, letters and digits).
/// </summary>
public static class FakeCredentials
{
    /// <summary>The fake API key.</summary>
    public const string ApiKey = "1234|contract-fake-key-0000000000000000";

    /// <summary>The Authorization header value that carries it.</summary>
    public const string AuthorizationHeader = "Bearer " + ApiKey;
}
