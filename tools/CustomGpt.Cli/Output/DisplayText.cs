using System.Collections;
using System.Globalization;

namespace CustomGpt.Cli.Output;

/// <summary>How a value of the SDK's models reads in a table.</summary>
internal static class DisplayText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "yes" : "no",
        DateTimeOffset time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        // The API's own word (gpt-4o-mini, n/a), as --json and the API documentation spell it.
        Enum member => ApiWords.Of(member),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Of)),
        _ => value.ToString() ?? "",
    };
}
