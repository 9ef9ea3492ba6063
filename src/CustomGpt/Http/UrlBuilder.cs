using System.Buffers;
using System.Globalization;

namespace CustomGpt.Http;

/// <summary>
/// Writes a request's URL into a character buffer rented from the shared pool and given back when
/// the URL is built: a call costs the URL's string and nothing else (a StringBuilder would add its
/// own buffer, and each number its own string).
/// </summary>
internal sealed class UrlBuilder
{
    char[]? _buffer;
    int _length;
    string? _built;

    public UrlBuilder(string start)
    {
        _buffer = ArrayPool<char>.Shared.Rent(start.Length + 96);
        Append(start);
    }

    public void Append(char value)
    {
        Ensure(1);
        _buffer![_length++] = value;
    }

    public void Append(string value)
    {
        Ensure(value.Length);
        value.CopyTo(0, _buffer!, _length, value.Length);
        _length += value.Length;
    }

    public void Append(int value)
    {
#if NET6_0_OR_GREATER
        Ensure(11);
        value.TryFormat(_buffer.AsSpan(_length), out var written, provider: CultureInfo.InvariantCulture);
        _length += written;
#else
        Append(value.ToString(CultureInfo.InvariantCulture));
#endif
    }

    /// <summary>The URL; the buffer goes back to the pool, and later calls return the same string.</summary>
    public override string ToString()
    {
        if (_built is not null) return _built;
        _built = new string(_buffer!, 0, _length);
        ArrayPool<char>.Shared.Return(_buffer!);
        _buffer = null;
        return _built;
    }

    void Ensure(int more)
    {
        if (_buffer is null) throw new InvalidOperationException("The URL is already built.");
        if (_length + more <= _buffer.Length) return;
        // Stryker disable once Arithmetic : the pool rounds every rental up to a power of two, so asking for what is needed (more than half) gets the doubled size anyway.
        var doubled = _buffer.Length * 2;
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(doubled, _length + more));
        Array.Copy(_buffer, larger, _length);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
