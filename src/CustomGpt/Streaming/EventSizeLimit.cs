namespace CustomGpt.Streaming;

/// <summary>
/// Counts the bytes of the server-sent event being received, across reads, and says when one grows
/// past the limit. The SSE parser holds a line, and an event's data, whole until they end; without
/// this, a server sending one endless line decides how much memory the client spends on it.
/// </summary>
internal sealed class EventSizeLimit(int maxBytes)
{
    long _eventBytes;
    // Stryker disable once Boolean : the count is zero at the start, so a blank line there resets nothing either way.
    bool _atLineStart = true;
    bool _afterCarriageReturn;

    public int MaxBytes { get; } = maxBytes;

    /// <summary>Takes in the next bytes of the stream; false once an event (or a line) is longer than the limit.</summary>
    public bool Accept(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b == (byte)'\n' && _afterCarriageReturn)
            {
                _afterCarriageReturn = false; // the LF of a CRLF: one line end, already counted
                continue;
            }
            _afterCarriageReturn = b == (byte)'\r';
            if (b is (byte)'\n' or (byte)'\r')
            {
                // A line end at the start of a line is the blank line that ends an event.
                if (_atLineStart) _eventBytes = 0;
                _atLineStart = true;
                continue;
            }
            _atLineStart = false;
            if (++_eventBytes > MaxBytes) return false;
        }
        return true;
    }
}
