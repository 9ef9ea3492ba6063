namespace CustomGpt.Tests.Errors;

/// <summary>
/// Which forms of the sent token are scrubbed (as sent, JSON- and URL-escaped, the secret half of an
/// <c>id|secret</c> key), from 8 characters up, and that scrubbing finds them anywhere in a text.
/// </summary>
public class SecretFormTests
{
    [Fact]
    public void A_token_is_scrubbed_as_sent_json_escaped_and_url_escaped_longest_first() =>
        Assert.Equal(["abc%2Fdefghijk", "abc\\/defghijk", "abc/defghijk"], SecretText.FormsOf("abc/defghijk"));

    [Fact]
    public void The_secret_half_of_an_id_and_secret_key_counts_from_eight_characters()
    {
        Assert.Equal(["12%7Cabcdefgh", "12|abcdefgh", "abcdefgh"], SecretText.FormsOf("12|abcdefgh"));
        Assert.DoesNotContain("abcdefg", SecretText.FormsOf("12|abcdefg"));
        Assert.Contains("abcdefghij", SecretText.FormsOf("|abcdefghij"));
    }

    [Fact]
    public void A_short_secret_half_is_not_scrubbed_even_where_escaping_makes_it_longer() =>
        // "abc/def" is 7 characters; its escaped forms (8 and 9) would otherwise pass the length check.
        Assert.All(SecretText.FormsOf("12|abc/def"), form => Assert.StartsWith("12", form));

    [Fact]
    public void Forms_shorter_than_eight_characters_are_not_scrubbed()
    {
        Assert.Equal(["abcdefgh"], SecretText.FormsOf("abcdefgh"));
        Assert.Empty(SecretText.FormsOf("abcdefg"));
        Assert.Empty(SecretText.FormsOf(""));
        Assert.Empty(SecretText.FormsOf(null));
    }

    [Fact]
    public void The_token_is_what_follows_the_scheme_of_the_authorization_header()
    {
        Assert.Equal(["abcdefghijk"], SecretText.SentWith(WithAuthorization("Bearer  abcdefghijk ")));
        Assert.Equal(["abcdefghijk"], SecretText.SentWith(WithAuthorization(" abcdefghijk")));
        Assert.Empty(SecretText.SentWith(WithAuthorization("abcdefghijk")));
        Assert.Empty(SecretText.SentWith(new HttpRequestMessage()));
        Assert.Empty(SecretText.SentWith(null));
    }

    [Theory]
    [InlineData("abcdefghij at the start", "[REDACTED] at the start")]
    [InlineData("at the end ABCDEFGHIJ", "at the end [REDACTED]")]
    [InlineData("abcdefghijabcdefghij", "[REDACTED][REDACTED]")]
    [InlineData("nothing here", "nothing here")]
    public void Scrubbing_masks_every_occurrence_in_any_case(string text, string scrubbed) =>
        Assert.Equal(scrubbed, SecretText.Scrub(text, ["abcdefghij"]));

    static HttpRequestMessage WithAuthorization(string value)
    {
        var request = new HttpRequestMessage();
        request.Headers.TryAddWithoutValidation("Authorization", value);
        return request;
    }
}
