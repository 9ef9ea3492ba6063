using CustomGpt.Http;

namespace CustomGpt.Tests.Http;

/// <summary>The URL written into a pooled buffer: every piece in order, past the first rental, and built once.</summary>
public class UrlBuilderTests
{
    [Fact]
    public void Pieces_are_written_in_order()
    {
        var url = new UrlBuilder("https://app.customgpt.ai/");
        url.Append("api/v1/projects/");
        url.Append(42);
        url.Append('?');
        url.Append("page=2");
        Assert.Equal("https://app.customgpt.ai/api/v1/projects/42?page=2", url.ToString());
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-7, "-7")]
    [InlineData(int.MaxValue, "2147483647")]
    [InlineData(int.MinValue, "-2147483648")]
    public void Integers_are_written_in_the_invariant_culture(int value, string written)
    {
        var url = new UrlBuilder("x/");
        url.Append(value);
        Assert.Equal("x/" + written, url.ToString());
    }

    [Fact]
    public void A_url_longer_than_the_first_rental_is_written_whole()
    {
        var url = new UrlBuilder("https://api.test/");
        var segments = Enumerable.Range(0, 400).Select(i => $"segment{i}/").ToList();
        foreach (var segment in segments) url.Append(segment);
        for (var i = 0; i < 300; i++) url.Append(int.MinValue);
        url.Append('!');
        var expected = "https://api.test/" + string.Concat(segments) + string.Concat(Enumerable.Repeat("-2147483648", 300)) + "!";
        Assert.Equal(expected, url.ToString());
    }

    [Fact]
    public void A_single_character_past_the_end_of_the_rental_grows_it()
    {
        // The first rental holds the start and 96 more; the pool may hand out more than that.
        var url = new UrlBuilder("");
        var expected = new string('a', 5000);
        foreach (var c in expected) url.Append(c);
        Assert.Equal(expected, url.ToString());
    }

    [Fact]
    public void Built_once_then_the_same_string_and_nothing_more_can_be_written()
    {
        var url = new UrlBuilder("https://api.test/");
        url.Append("a");
        var built = url.ToString();
        Assert.Same(built, url.ToString());
        Assert.Throws<InvalidOperationException>(() => url.Append("b"));
        Assert.Throws<InvalidOperationException>(() => url.Append('b'));
        Assert.Throws<InvalidOperationException>(() => url.Append(1));
        Assert.Equal("https://api.test/a", url.ToString());
    }
}
