using System.Text;
using CustomGpt.Streaming;

namespace CustomGpt.Tests.Streaming;

/// <summary>
/// The byte count of the event being received: up to the limit exactly, across reads and across the
/// lines of one event, reset by the blank line that ends an event, with CRLF, CR and LF each one line end.
/// </summary>
public class EventSizeLimitTests
{
    static bool Accept(int max, params string[] reads)
    {
        var limit = new EventSizeLimit(max);
        var accepted = true;
        foreach (var read in reads) accepted = limit.Accept(Encoding.ASCII.GetBytes(read));
        return accepted;
    }

    [Fact]
    public void An_event_of_exactly_the_limit_passes_and_one_byte_more_does_not()
    {
        Assert.True(Accept(4, "data"));
        Assert.False(Accept(4, "data:"));
        Assert.Equal(4, new EventSizeLimit(4).MaxBytes);
    }

    [Fact]
    public void Bytes_add_up_across_reads_and_across_the_lines_of_one_event()
    {
        Assert.False(Accept(4, "ab", "cde"));
        Assert.False(Accept(4, "abc\nde"));
        Assert.False(Accept(4, "abc\r\nde"));
        Assert.False(Accept(4, "abc\rde"));
    }

    [Theory]
    [InlineData("abc\n\n", "abcd")]
    [InlineData("abc\r\n\r\n", "abcd")]
    [InlineData("abc\r\r", "abcd")]
    [InlineData("abc\r\n\n", "abcd")]
    public void A_blank_line_ends_the_event_and_starts_the_count_again(string first, string next) =>
        Assert.True(Accept(4, first, next));

    [Fact]
    public void A_crlf_split_across_reads_is_still_one_line_end()
    {
        Assert.False(Accept(4, "abc\r", "\nde"));
        Assert.True(Accept(4, "abc\r", "\n\r\nabcd"));
    }
}
