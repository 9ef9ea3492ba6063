using System.Buffers;
using System.Text;

namespace CustomGpt.Json;

/// <summary>
/// A UTF-8 body already in memory, decoded once into characters rented from the shared pool, for
/// the JSON reader: no stream, no StreamReader and its buffers between the bytes and the parser.
/// The characters are cleared before they go back (they are the answer's text).
/// </summary>
internal sealed class PooledTextReader : TextReader
{
    static readonly byte[] Utf8Preamble = [0xEF, 0xBB, 0xBF];

    char[]? _chars;
    readonly int _length;
    int _position;

    PooledTextReader(char[] chars, int length)
    {
        _chars = chars;
        _length = length;
    }

    /// <summary>
    /// A reader over <paramref name="count"/> bytes of UTF-8 (after a UTF-8 byte order mark, if any);
    /// null when a UTF-16 or UTF-32 mark says the body is another encoding.
    /// </summary>
    public static PooledTextReader? TryUtf8(byte[] bytes, int count)
    {
        var start = 0;
        if (count >= 3 && bytes[0] == Utf8Preamble[0] && bytes[1] == Utf8Preamble[1] && bytes[2] == Utf8Preamble[2]) start = 3;
        else if (count >= 2 && ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE))) return null;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxCharCount(count - start)));
        var length = Encoding.UTF8.GetChars(bytes, start, count - start, chars, 0);
        return new PooledTextReader(chars, length);
    }

    public override int Peek() => _position < _length ? Chars()[_position] : -1;

    public override int Read() => _position < _length ? Chars()[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        var n = Math.Min(count, _length - _position);
        if (n <= 0) return 0;
        Array.Copy(Chars(), _position, buffer, index, n);
        _position += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _chars, null) is { } chars)
        {
            Array.Clear(chars, 0, _length);
            ArrayPool<char>.Shared.Return(chars);
        }
        base.Dispose(disposing);
    }

    char[] Chars() => _chars ?? throw new ObjectDisposedException(nameof(PooledTextReader));
}
