namespace CustomGpt.Json;

/// <summary>
/// Reads, by hand, the two timestamp shapes the API sends nearly always: Laravel's ISO 8601
/// (<c>2023-06-24T21:21:46.000000Z</c>, also with an offset or no zone) and
/// <c>2023-06-24 21:40:24</c>. Why: DateTimeOffset.TryParseExact over a list of formats tries them
/// in turn and matches quoted literals with culture-aware comparison; on a page of messages that
/// took more time than all the rest of reading the page. Anything else is left to the general
/// parser, so what is accepted, and how, does not change.
/// </summary>
internal static class CommonTimestamps
{
    const int MaxFractionDigits = 7; // DateTimeOffset's tick resolution, as the F formats allow.

    /// <summary>Parses <c>yyyy-MM-dd[T ]HH:mm:ss[.f{1,7}][Z|±HH:mm]</c>; no zone means UTC.</summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[10] is not ('T' or ' ') || text[13] != ':' || text[16] != ':')
            return false;
        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day) ||
            !TryDigits(text, 11, 2, out var hour) || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second))
            return false;
        // The first and last years are left to the general parser, which knows their edge cases with offsets.
        if (year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;

        var position = 19;
        long fractionTicks = 0;
        if (position < text.Length && text[position] == '.')
        {
            var start = ++position;
            while (position < text.Length && text[position] is >= '0' and <= '9') position++;
            var digits = position - start;
            if (digits is 0 or > MaxFractionDigits || !TryDigits(text, start, digits, out var fraction)) return false;
            fractionTicks = fraction;
            for (var scale = digits; scale < MaxFractionDigits; scale++) fractionTicks *= 10;
        }

        if (!TryOffset(text, position, out var offset)) return false;
        value = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second).Ticks + fractionTicks, offset);
        return true;
    }

    // Nothing (UTC, as DateTimeStyles.AssumeUniversal reads it), Z, or ±HH:mm within ±14:00.
    static bool TryOffset(string text, int position, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var rest = text.Length - position;
        if (rest == 0) return true;
        if (rest == 1) return text[position] == 'Z';
        if (rest != 6 || text[position] is not ('+' or '-') || text[position + 3] != ':') return false;
        if (!TryDigits(text, position + 1, 2, out var hours) || !TryDigits(text, position + 4, 2, out var minutes) || minutes > 59) return false;
        var magnitude = new TimeSpan(hours, minutes, 0);
        if (magnitude > TimeSpan.FromHours(14)) return false;
        offset = text[position] == '-' ? -magnitude : magnitude;
        return true;
    }

    static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9) return false;
            value = value * 10 + digit;
        }
        return true;
    }
}
