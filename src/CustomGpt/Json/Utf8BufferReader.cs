using System.Text;

namespace CustomGpt.Json;

/// <summary>
/// A UTF-8 body already in memory, read as text by the JSON reader: each read decodes the next
/// bytes straight into the reader's own buffer, with no stream, no StreamReader and no buffers of
/// its own between the bytes and the parser (a 1 MB page is decoded once, in the reader's chunks).
/// Invalid bytes read as U+FFFD, as with a StreamReader.
/// </summary>
internal sealed class Utf8BufferReader : TextReader
{
    readonly byte[] _bytes;
    readonly int _end;
    readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    int _position;
    bool _flushed;
    // For Read() and Peek(), one character (or a surrogate pair) at a time; made when first asked for.
    char[]? _single;
    int _singleStart;
    int _singleCount;

    Utf8BufferReader(byte[] bytes, int start, int end)
    {
        _bytes = bytes;
        _position = start;
        _end = end;
    }

    /// <summary>
    /// A reader over the first <paramref name="count"/> bytes of <paramref name="bytes"/> (after a
    /// UTF-8 byte order mark, if any); null when a UTF-16 or UTF-32 mark says the text is another encoding.
    /// </summary>
    public static Utf8BufferReader? TryCreate(byte[] bytes, int count)
    {
        if (count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return new Utf8BufferReader(bytes, 3, count);
        if (count >= 2 && ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE))) return null;
        return new Utf8BufferReader(bytes, 0, count);
    }

    public override int Read(char[] buffer, int index, int count)
    {
        if (count <= 0) return 0;
        if (_singleCount > 0)
        {
            var n = Math.Min(count, _singleCount);
            Array.Copy(_single!, _singleStart, buffer, index, n);
            _singleStart += n;
            _singleCount -= n;
            return n;
        }
        if (count == 1)
        {
            var next = Read();
            if (next < 0) return 0;
            buffer[index] = (char)next;
            return 1;
        }
        return Decode(buffer, index, count);
    }

    public override int Peek() => Fill() ? _single![_singleStart] : -1;

    public override int Read()
    {
        if (!Fill()) return -1;
        _singleCount--;
        return _single![_singleStart++];
    }

    bool Fill()
    {
        if (_singleCount > 0) return true;
        // Stryker disable once Assignment : a fresh two-character buffer reads the same; it only allocates more.
        _single ??= new char[2];
        _singleStart = 0;
        _singleCount = Decode(_single, 0, 2);
        return _singleCount > 0;
    }

    // At least two characters of room, so a surrogate pair always fits.
    int Decode(char[] buffer, int index, int count)
    {
        // Zero characters would say the text has ended: go on until some come or the bytes do.
        while (_position < _end)
        {
            // Stryker disable once Boolean : every call hands the decoder all the bytes left, so flushing here ends the text as the final flush does.
            _decoder.Convert(_bytes, _position, _end - _position, buffer, index, count, flush: false, out var bytesUsed, out var charsUsed, out _);
            _position += bytesUsed;
            if (charsUsed > 0) return charsUsed;
        }
        if (_flushed) return 0;
        // The end: a sequence cut short there reads as U+FFFD, once.
        // Stryker disable once Boolean : after a flush the decoder holds nothing; flushing again gives no characters.
        _flushed = true;
        _decoder.Convert(_bytes, _end, 0, buffer, index, count, flush: true, out _, out var last, out _);
        return last;
    }
}
