using System.Reflection;
using System.Runtime.Serialization;

namespace CustomGpt.Cli.Output;

/// <summary>
/// The API's own word for each value of the SDK's enums (<c>gpt-4o-mini</c>, <c>n/a</c>,
/// <c>own_content</c>): what tables show, what <c>--json</c> writes and what options accept.
/// </summary>
internal static class ApiWords
{
    public static string Of(Enum value)
    {
        var name = value.ToString();
        return value.GetType().GetField(name)?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? name;
    }

    public static IReadOnlyList<string> All<T>() where T : struct, Enum => [.. Enum.GetValues<T>().Select(value => Of(value))];

    /// <summary>Reads the API's word, or the SDK's name for the value, ignoring case.</summary>
    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.OrdinalIgnoreCase) || string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
