using System.Text;
using CustomGpt.Json;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// The reader over a UTF-8 body in memory reads exactly what <see cref="Encoding.UTF8"/> decodes from
/// the first <c>count</c> bytes (invalid bytes and a sequence cut at the end as U+FFFD), skips a UTF-8
/// byte order mark, declines a UTF-16 one, and gives the same text whether read whole, in small
/// chunks or a character at a time.
/// </summary>
public class Utf8BufferReaderTests
{
    static readonly string Text = "{\"name\":\"Zoë — 😀 €\"}";

    static TextReader Over(byte[] bytes, int? count = null) => Utf8BufferReader.TryCreate(bytes, count ?? bytes.Length)!;

    [Fact]
    public void Only_the_first_count_bytes_are_read()
    {
        var bytes = Encoding.UTF8.GetBytes(Text + "garbage after the body");

        Assert.Equal(Text, Over(bytes, Encoding.UTF8.GetByteCount(Text)).ReadToEnd());
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}' }, "{}")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "")]
    public void A_utf8_byte_order_mark_is_skipped(byte[] bytes, string text) => Assert.Equal(text, Over(bytes).ReadToEnd());

    [Theory]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'a' })]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0 })]
    public void A_utf16_byte_order_mark_means_another_encoding(byte[] bytes) => Assert.Null(Utf8BufferReader.TryCreate(bytes, bytes.Length));

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB }, 2)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, 2)]
    [InlineData(new byte[] { 0xEF, 0xBB, (byte)'x' }, 3)]
    [InlineData(new byte[] { 0xEF, (byte)'x', 0xBF }, 3)]
    [InlineData(new byte[] { (byte)'x', 0xBB, 0xBF }, 3)]
    [InlineData(new byte[] { 0xFE, 0xFF }, 1)]
    [InlineData(new byte[] { 0xFE, 0xFE }, 2)]
    [InlineData(new byte[] { 0xFF, 0xFF }, 2)]
    [InlineData(new byte[] { 0xFE, (byte)'x' }, 2)]
    [InlineData(new byte[] { (byte)'x', 0xFE }, 2)]
    [InlineData(new byte[] { (byte)'a', 0xE2, 0x82 }, 3)]
    [InlineData(new byte[] { (byte)'a', 0xFF, (byte)'b', 0xC3 }, 4)]
    public void Anything_else_reads_as_utf8_decodes_it(byte[] bytes, int count)
    {
        var reader = Utf8BufferReader.TryCreate(bytes, count);

        Assert.NotNull(reader);
        Assert.Equal(Encoding.UTF8.GetString(bytes, 0, count), reader.ReadToEnd());
        Assert.Equal(-1, reader.Read());
    }

    [Fact]
    public void Reading_in_chunks_of_two_gives_the_same_text()
    {
        var reader = Over(Encoding.UTF8.GetBytes(Text));
        var buffer = new char[2];
        var text = new StringBuilder();

        for (var n = reader.Read(buffer, 0, 2); n > 0; n = reader.Read(buffer, 0, 2)) text.Append(buffer, 0, n);

        Assert.Equal(Text, text.ToString());
        Assert.Equal(0, reader.Read(buffer, 0, 2));
    }

    [Fact]
    public void Reading_a_character_at_a_time_gives_both_halves_of_a_surrogate_pair()
    {
        var reader = Over(Encoding.UTF8.GetBytes("a😀b"));
        var read = new List<int>();

        Assert.Equal('a', reader.Peek());
        for (var c = reader.Read(); c >= 0; c = reader.Read()) read.Add(c);

        Assert.Equal("a😀b".Select(c => (int)c), read);
        Assert.Equal(-1, reader.Peek());
    }

    [Fact]
    public void A_chunked_read_after_a_single_one_hands_out_the_held_half_first()
    {
        var reader = Over(Encoding.UTF8.GetBytes("😀xyz"));
        var buffer = new char[8];

        Assert.Equal("😀"[0], reader.Read());
        Assert.Equal(1, reader.Read(buffer, 0, 8));
        Assert.Equal("😀"[1], buffer[0]);
        Assert.Equal(3, reader.Read(buffer, 2, 6));
        Assert.Equal("xyz", new string(buffer, 2, 3));
    }

    [Fact]
    public void A_peek_holds_the_character_for_a_chunked_read()
    {
        var reader = Over(Encoding.UTF8.GetBytes("ab€"));
        var buffer = new char[4];

        Assert.Equal('a', reader.Peek());
        Assert.Equal('a', reader.Peek());
        Assert.Equal(0, reader.Read(buffer, 0, 0));
        Assert.Equal(2, reader.Read(buffer, 0, 4));
        Assert.Equal("ab", new string(buffer, 0, 2));
        Assert.Equal(1, reader.Read(buffer, 0, 1));
        Assert.Equal('€', buffer[0]);
        Assert.Equal(0, reader.Read(buffer, 0, 1));
    }

    [Fact]
    public void A_utf16_mark_of_exactly_two_bytes_is_declined() =>
        Assert.Null(Utf8BufferReader.TryCreate([0xFE, 0xFF], 2));

    [Fact]
    public void A_read_of_no_characters_reads_nothing_and_the_text_goes_on()
    {
        var reader = Over(Encoding.UTF8.GetBytes("abc"));

        Assert.Equal(0, reader.Read(new char[4], 0, 0));
        Assert.Equal("abc", reader.ReadToEnd());
    }

    [Fact]
    public void Single_character_reads_after_a_peek_hand_out_the_held_characters_in_order()
    {
        var reader = Over(Encoding.UTF8.GetBytes("abc"));
        var buffer = new char[1];

        Assert.Equal('a', reader.Peek());
        Assert.Equal(1, reader.Read(buffer, 0, 1));
        Assert.Equal('a', buffer[0]);
        Assert.Equal(1, reader.Read(buffer, 0, 1));
        Assert.Equal('b', buffer[0]);
        Assert.Equal('c', reader.Read());
    }

    [Fact]
    public void A_nul_character_is_a_character_not_the_end()
    {
        var reader = Over(Encoding.UTF8.GetBytes("a\0b"));
        var buffer = new char[1];
        var text = new StringBuilder();

        while (reader.Read(buffer, 0, 1) == 1) text.Append(buffer[0]);

        Assert.Equal("a\0b", text.ToString());
    }
}
