using System.Globalization;
using CustomGpt.Json;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// The hand-written parser of the two timestamp shapes the API sends nearly always: each form it
/// takes, to the tick and offset, and each form it leaves to the general parser (returns false),
/// which then reads it as it always did.
/// </summary>
public class CommonTimestampTests
{
    static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second, long ticks = 0, int offsetMinutes = 0) =>
        new(new DateTime(year, month, day, hour, minute, second).Ticks + ticks, TimeSpan.FromMinutes(offsetMinutes));

    static void Parses(string text, DateTimeOffset expected)
    {
        Assert.True(CommonTimestamps.TryParse(text, out var value), text);
        Assert.Equal(expected, value);
        Assert.Equal(expected.Offset, value.Offset);
        Assert.Equal(expected.Ticks, value.Ticks);
    }

    public static TheoryData<string, DateTimeOffset> Common() => new()
    {
        { "2023-06-24T21:21:46.000000Z", At(2023, 6, 24, 21, 21, 46) },
        { "2023-06-24 21:40:24", At(2023, 6, 24, 21, 40, 24) },
        { "2023-06-24T21:40:24", At(2023, 6, 24, 21, 40, 24) },
        { "2023-06-24T21:40:24Z", At(2023, 6, 24, 21, 40, 24) },
        { "2023-06-24 21:40:24Z", At(2023, 6, 24, 21, 40, 24) },
        { "2009-09-09T09:09:09", At(2009, 9, 9, 9, 9, 9) },
        { "2000-10-10 10:00:00", At(2000, 10, 10, 10, 0, 0) },
        // Fractions of one to seven digits, zeros and nines, with and without a zone.
        { "2023-06-24T21:40:24.5", At(2023, 6, 24, 21, 40, 24, 5_000_000) },
        { "2023-06-24T21:40:24.05Z", At(2023, 6, 24, 21, 40, 24, 500_000) },
        { "2023-06-24T21:40:24.123Z", At(2023, 6, 24, 21, 40, 24, 1_230_000) },
        { "2023-06-24T21:40:24.123456Z", At(2023, 6, 24, 21, 40, 24, 1_234_560) },
        { "2023-06-24T21:40:24.1234567", At(2023, 6, 24, 21, 40, 24, 1_234_567) },
        { "2023-06-24T21:40:24.9999999Z", At(2023, 6, 24, 21, 40, 24, 9_999_999) },
        { "2023-06-24T21:40:24.0000001+01:00", At(2023, 6, 24, 21, 40, 24, 1, 60) },
        // Offsets east and west, with minutes, and at the limits.
        { "2023-06-24T23:40:24+02:00", At(2023, 6, 24, 23, 40, 24, 0, 120) },
        { "2023-06-24 16:10:24-05:30", At(2023, 6, 24, 16, 10, 24, 0, -330) },
        { "2023-06-24T21:40:24.75-03:45", At(2023, 6, 24, 21, 40, 24, 7_500_000, -225) },
        { "2023-06-24T21:40:24+01:59", At(2023, 6, 24, 21, 40, 24, 0, 119) },
        { "2023-06-24T21:40:24+00:00", At(2023, 6, 24, 21, 40, 24) },
        { "2023-06-24T21:40:24+14:00", At(2023, 6, 24, 21, 40, 24, 0, 14 * 60) },
        { "2023-06-24T21:40:24-14:00", At(2023, 6, 24, 21, 40, 24, 0, -14 * 60) },
        // The edges of every field.
        { "0002-01-01 00:00:00", At(2, 1, 1, 0, 0, 0) },
        { "9998-12-31 23:59:59", At(9998, 12, 31, 23, 59, 59) },
        { "2023-01-01T00:00:00", At(2023, 1, 1, 0, 0, 0) },
        { "2023-12-31T23:59:59", At(2023, 12, 31, 23, 59, 59) },
        { "2024-02-29T12:00:00", At(2024, 2, 29, 12, 0, 0) },
        { "2023-02-28T12:00:00", At(2023, 2, 28, 12, 0, 0) },
        { "2023-04-30T12:00:00", At(2023, 4, 30, 12, 0, 0) },
    };

    [Theory]
    [MemberData(nameof(Common))]
    public void Each_common_form_is_read_to_the_tick_and_offset(string text, DateTimeOffset expected) => Parses(text, expected);

    [Theory]
    [MemberData(nameof(Common))]
    public void The_general_parser_reads_each_common_form_to_the_same_value(string text, DateTimeOffset expected)
    {
        // What the hand-written parser takes it must read as the converter's formats always did.
        var general = TolerantDateTimeOffsetConverter.Parse(" " + text + " ");
        Assert.Equal(expected, general);
        Assert.Equal(expected.Offset, general!.Value.Offset);
    }

    [Theory]
    // Too short, or a separator out of place.
    [InlineData("2023-06-24")]
    [InlineData("2023-06-24T21:40")]
    [InlineData("2023-06-24T21:40:2")]
    [InlineData("2023/06-24T21:40:24")]
    [InlineData("2023-06/24T21:40:24")]
    [InlineData("2023-06-24X21:40:24")]
    [InlineData("2023-06-24t21:40:24")]
    [InlineData("2023-06-24T21-40:24")]
    [InlineData("2023-06-24T21:40-24")]
    [InlineData("2023/06/24 21.40.24")]
    // A field that is not digits.
    [InlineData("2O23-06-24T21:40:24")]
    [InlineData("20 3-06-24T21:40:24")]
    [InlineData("2023-0a-24T21:40:24")]
    [InlineData("2023-06-2:T21:40:24")]
    [InlineData("2023-06-24T/1:40:24")]
    [InlineData("2023-06-24T21:4a:24")]
    [InlineData("2023-06-24T21:40:2a")]
    // A field out of range; the first and last years go to the general parser.
    [InlineData("0001-01-01 00:00:00")]
    [InlineData("9999-12-31 23:59:59")]
    [InlineData("2023-00-10T21:40:24")]
    [InlineData("2023-13-10T21:40:24")]
    [InlineData("2023-06-00T21:40:24")]
    [InlineData("2023-02-29T21:40:24")]
    [InlineData("2023-04-31T21:40:24")]
    [InlineData("2023-06-24T24:00:00")]
    [InlineData("2023-06-24T21:60:24")]
    [InlineData("2023-06-24T21:40:60")]
    // A fraction without digits, of more than seven, or followed by anything but a zone.
    [InlineData("2023-06-24T21:40:24.")]
    [InlineData("2023-06-24T21:40:24.Z")]
    [InlineData("2023-06-24T21:40:24.12345678")]
    [InlineData("2023-06-24T21:40:24.5x")]
    // Zones other than Z and ±HH:mm within 14 hours.
    [InlineData("2023-06-24T21:40:24z")]
    [InlineData("2023-06-24T21:40:24X")]
    [InlineData("2023-06-24T21:40:24 ")]
    [InlineData("2023-06-24T21:40:24+0200")]
    [InlineData("2023-06-24T21:40:24+02:00:00")]
    [InlineData("2023-06-24T21:40:24*02:00")]
    [InlineData("2023-06-24T21:40:24+02-00")]
    [InlineData("2023-06-24T21:40:24+0a:00")]
    [InlineData("2023-06-24T21:40:24+02:0a")]
    [InlineData("2023-06-24T21:40:24+02:60")]
    [InlineData("2023-06-24T21:40:24+14:01")]
    [InlineData("2023-06-24T21:40:24-14:01")]
    [InlineData("2023-06-24T21:40:24+15:00")]
    [InlineData("2023-06-24T21:40:24.5+02:00Z")]
    public void Other_forms_are_left_to_the_general_parser(string text)
    {
        Assert.False(CommonTimestamps.TryParse(text, out var value), text);
        Assert.Equal(default, value);
    }

    [Theory]
    [InlineData("0001-01-01 00:00:00", "0001-01-01T00:00:00+00:00")]
    [InlineData("9999-12-31 23:59:59", "9999-12-31T23:59:59+00:00")]
    [InlineData("2023-06-24T21:40:24.12345678Z", "2023-06-24T21:40:24.1234568+00:00")]
    [InlineData("2023-06-24T21:40+02:00", "2023-06-24T21:40:00+02:00")]
    [InlineData("2023-06-24 21:40", "2023-06-24T21:40:00+00:00")]
    [InlineData("2023-06-24", "2023-06-24T00:00:00+00:00")]
    [InlineData("2023-06-24T21:40:24+0200", "2023-06-24T21:40:24+02:00")]
    public void What_the_common_parser_leaves_the_converter_still_reads(string text, string expected)
    {
        var value = TolerantDateTimeOffsetConverter.Parse(text);
        var wanted = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);
        Assert.Equal(wanted, value);
        Assert.Equal(wanted.Offset, value!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a date")]
    [InlineData("2023-02-29T21:40:24")]
    [InlineData("2023-06-24T21:40:24+15:00")]
    public void Empty_and_unknown_texts_parse_to_null(string text) => Assert.Null(TolerantDateTimeOffsetConverter.Parse(text));
}
