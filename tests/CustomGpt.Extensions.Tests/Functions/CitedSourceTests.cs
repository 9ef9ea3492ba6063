using CustomGpt.Extensions.Functions;

namespace CustomGpt.Extensions.Tests.Functions;

/// <summary>Two citations of one page are one source: equal by title and URL, both.</summary>
public sealed class CitedSourceTests
{
    [Fact]
    public void Sources_are_equal_when_title_and_url_both_are()
    {
        var source = new CitedSource("Guide", "https://docs.test/guide");

        Assert.True(source.Equals(new CitedSource("Guide", "https://docs.test/guide")));
        Assert.Equal(source.GetHashCode(), new CitedSource("Guide", "https://docs.test/guide").GetHashCode());
        Assert.False(source.Equals(new CitedSource("Guide", "https://docs.test/other")));
        Assert.False(source.Equals(new CitedSource("Other", "https://docs.test/guide")));
        Assert.False(source.Equals((CitedSource?)null));
        Assert.False(source.Equals("Guide"));
        Assert.True(new CitedSource(null, null).Equals(new CitedSource(null, null)));
    }
}
