using CustomGpt.Http;

namespace CustomGpt.Tests.Http;

/// <summary>Headers copied as the text they hold: every value, in order, and none of the one left out.</summary>
public class HeaderCopyTests
{
    [Fact]
    public void Every_header_and_every_value_is_copied_as_sent()
    {
        using var from = new HttpRequestMessage();
        from.Headers.TryAddWithoutValidation("Accept", "application/json");
        from.Headers.TryAddWithoutValidation("X-Trace", ["a", "b"]);
        // Text the parser would reject still goes across as it is.
        from.Headers.TryAddWithoutValidation("User-Agent", "not (a valid\" agent");
        using var to = new HttpRequestMessage();

        HeaderCopy.CopyTo(from.Headers, to.Headers);

        Assert.Equal(["application/json"], to.Headers.NonValidated["Accept"]);
        Assert.Equal(["a", "b"], to.Headers.NonValidated["X-Trace"]);
        Assert.Equal(["not (a valid\" agent"], to.Headers.NonValidated["User-Agent"]);
        Assert.Equal(3, to.Headers.NonValidated.Count);
    }

    [Theory]
    [InlineData("Authorization")]
    [InlineData("authorization")]
    [InlineData("AUTHORIZATION")]
    public void The_header_left_out_is_left_out_whatever_its_case(string except)
    {
        using var from = new HttpRequestMessage();
        from.Headers.TryAddWithoutValidation("Authorization", "Bearer secret");
        from.Headers.TryAddWithoutValidation("Accept", "application/json");
        using var to = new HttpRequestMessage();

        HeaderCopy.CopyTo(from.Headers, to.Headers, except);

        Assert.False(to.Headers.NonValidated.Contains("Authorization"));
        Assert.Equal(["application/json"], to.Headers.NonValidated["Accept"]);
    }

    [Fact]
    public void Content_headers_are_copied_too()
    {
        using var from = new ByteArrayContent([1, 2, 3]);
        from.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        from.Headers.TryAddWithoutValidation("Content-Language", ["en", "de"]);
        using var to = new ByteArrayContent([]);

        HeaderCopy.CopyTo(from.Headers, to.Headers);

        Assert.Equal("application/json; charset=utf-8", to.Headers.NonValidated["Content-Type"].ToString());
        Assert.Equal(["en", "de"], to.Headers.NonValidated["Content-Language"]);
    }

    [Fact]
    public void Nothing_to_copy_copies_nothing()
    {
        using var from = new HttpRequestMessage();
        using var to = new HttpRequestMessage();
        to.Headers.TryAddWithoutValidation("Accept", "text/plain");
        HeaderCopy.CopyTo(from.Headers, to.Headers, "Accept");
        Assert.Equal(["text/plain"], to.Headers.NonValidated["Accept"]);
    }
}
