using System.Buffers;
using CustomGpt.Http;

namespace CustomGpt.Tests.Http;

/// <summary>
/// The URL builder's buffers: one rental while the URL fits, a larger one (the first given back) when a
/// piece of any size does not, and every buffer back in the pool once the URL is built.
/// </summary>
/// <remarks>
/// The shared pool keeps the last array given back on a thread and hands it out first to the next
/// rental of its size on that thread, so a rental right after a builder's shows which array it holds.
/// </remarks>
public class UrlBuilderGrowthTests
{
    const string Start = "https://api.test/";

    // The array the builder's first rental will get: one given back to the pool just before.
    static char[] NextFirstRental()
    {
        var array = ArrayPool<char>.Shared.Rent(Start.Length + 96);
        ArrayPool<char>.Shared.Return(array);
        return array;
    }

    static bool PoolHandsOut(char[] array)
    {
        var rented = ArrayPool<char>.Shared.Rent(array.Length);
        ArrayPool<char>.Shared.Return(rented);
        return ReferenceEquals(rented, array);
    }

    [Fact]
    public void A_url_that_fills_its_first_rental_exactly_stays_in_it()
    {
        var first = NextFirstRental();
        var url = new UrlBuilder(Start);
        var rest = new string('a', first.Length - Start.Length - 1);
        url.Append(rest);
        url.Append('z');
        // Still the builder's: the pool hands out another.
        Assert.False(PoolHandsOut(first));
        Assert.Equal(Start + rest + "z", url.ToString());
    }

    [Fact]
    public void Built_the_buffer_goes_back_to_the_pool()
    {
        var first = NextFirstRental();
        var url = new UrlBuilder(Start);
        url.Append("api/v1/projects/");
        url.Append(7);
        Assert.Equal(Start + "api/v1/projects/7", url.ToString());
        Assert.True(PoolHandsOut(first));
    }

    [Fact]
    public void A_piece_longer_than_twice_the_rental_moves_the_url_to_a_buffer_that_holds_it_and_gives_the_first_back()
    {
        var first = NextFirstRental();
        var url = new UrlBuilder(Start);
        var piece = new string('p', 3 * first.Length);
        url.Append(piece);
        Assert.True(PoolHandsOut(first));
        url.Append('?');
        url.Append(int.MaxValue);
        Assert.Equal(Start + piece + "?2147483647", url.ToString());
    }

    [Fact]
    public void Growing_by_characters_and_numbers_keeps_every_piece_in_order()
    {
        var url = new UrlBuilder(Start);
        var expected = new System.Text.StringBuilder(Start);
        for (var i = 0; i < 300; i++)
        {
            url.Append((char)('a' + i % 26));
            url.Append(i * 7919);
            url.Append("/x");
            expected.Append((char)('a' + i % 26)).Append(i * 7919).Append("/x");
        }
        Assert.Equal(expected.ToString(), url.ToString());
    }

    [Fact]
    public void Writing_after_the_url_is_built_says_so()
    {
        var url = new UrlBuilder(Start);
        url.ToString();
        var e = Assert.Throws<InvalidOperationException>(() => url.Append('x'));
        Assert.Equal("The URL is already built.", e.Message);
    }
}
