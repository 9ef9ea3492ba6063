using CustomGpt.Auth;

namespace CustomGpt.Tests.Sdk;

/// <summary>
/// The default token provider: refuses an empty or unsendable key with a message that never shows
/// it, hands the key out only for the allowed hosts, and never prints it.
/// </summary>
public class ApiKeyTokenProviderTests
{
    static readonly string[] ApiHost = ["api.test"];

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_key_is_refused(string key)
    {
        var e = Assert.Throws<ArgumentException>(() => new ApiKeyTokenProvider(key, ApiHost));

        Assert.Equal("apiKey", e.ParamName);
        Assert.StartsWith("The API key is empty.", e.Message);
    }

    [Fact]
    public void A_key_with_a_character_a_header_cannot_carry_is_refused_without_showing_it()
    {
        var e = Assert.Throws<ArgumentException>(() => new ApiKeyTokenProvider("secret-key\u00e9", ApiHost));

        Assert.Equal("apiKey", e.ParamName);
        Assert.StartsWith("The API key contains a non-ASCII character, which cannot be sent in an HTTP header.", e.Message);
        Assert.DoesNotContain("secret-key", e.Message);
    }

    [Fact]
    public async Task The_key_goes_to_the_allowed_hosts_only()
    {
        var provider = new ApiKeyTokenProvider("key-0123456789", ApiHost);

        Assert.Equal("key-0123456789", await provider.GetAuthorizationTokenAsync(new Uri("https://api.test/api/v1/user")));
        Assert.Equal("", await provider.GetAuthorizationTokenAsync(new Uri("https://elsewhere.test/api/v1/user")));
    }

    [Fact]
    public void It_prints_its_type_only() =>
        Assert.Equal("ApiKeyTokenProvider (key hidden)", new ApiKeyTokenProvider("key-0123456789", ApiHost).ToString());

    [Theory]
    [InlineData("abc~def", null)]
    [InlineData("abc\u007fdef", "a control character (e.g. NUL or a tab)")]
    [InlineData("abc\u0080def", "a control character (e.g. NUL or a tab)")]
    [InlineData("abc\u00a0def", "a non-ASCII character")]
    [InlineData("abc def", "whitespace")]
    [InlineData("abc\ndef", "a line break (CR or LF)")]
    public void The_last_printable_ascii_character_is_allowed(string key, string? problem) =>
        Assert.Equal(problem, ApiKeyFormat.Problem(key));
}
