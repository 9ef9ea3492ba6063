using System.Globalization;

namespace CustomGpt.Benchmarks.Reporting;

/// <summary>Figures as people read them.</summary>
internal static class Units
{
    public static string Time(double nanoseconds) => double.IsNaN(nanoseconds) ? "n/a" : Math.Abs(nanoseconds) switch
    {
        >= 1e9 => Format(nanoseconds / 1e9, "s"),
        >= 1e6 => Format(nanoseconds / 1e6, "ms"),
        >= 1e3 => Format(nanoseconds / 1e3, "µs"),
        _ => Format(nanoseconds, "ns"),
    };

    public static string Microseconds(double microseconds) => Time(microseconds * 1e3);

    public static string Bytes(double? bytes) => bytes is null ? "n/a" : Math.Abs(bytes.Value) switch
    {
        >= 1024 * 1024 => Format(bytes.Value / (1024 * 1024), "MB"),
        >= 1024 => Format(bytes.Value / 1024, "KB"),
        _ => Format(bytes.Value, "B"),
    };

    public static string Ratio(double? ratio) => ratio is null || double.IsNaN(ratio.Value) ? "n/a" : ratio.Value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Verdict(bool? met) => met switch { true => "yes", false => "**no**", null => "" };

    static string Format(double value, string unit) =>
        value.ToString(Math.Abs(value) >= 100 ? "0" : Math.Abs(value) >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture) + " " + unit;
}
