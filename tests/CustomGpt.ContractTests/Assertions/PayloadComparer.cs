using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.ContractTests.Assertions;

/// <summary>
/// Compares a recorded JSON payload with what the SDK read from it, field by field through the
/// models' <c>[JsonProperty]</c> names, with the API's looseness in mind: a 0/1 or "1" is a boolean,
/// a timestamp in any of the API's formats is the instant it names, an enum value the SDK does not
/// know reads as null, and a field the model does not declare must land in AdditionalProperties.
/// Anything else that differs is reported with its path.
/// </summary>
public static class PayloadComparer
{
    /// <summary>Every difference between <paramref name="recorded"/> and <paramref name="typed"/> (declared as <paramref name="declared"/>).</summary>
    public static IReadOnlyList<string> Differences(JToken? recorded, object? typed, Type declared, string path = "$")
    {
        var differences = new List<string>();
        Compare(recorded, typed, declared, path, differences);
        return differences;
    }

    static void Compare(JToken? recorded, object? typed, Type declared, string path, List<string> differences)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        var isNull = recorded is null || recorded.Type == JTokenType.Null;
        if (typed is null)
        {
            if (isNull || (type.IsEnum && recorded is JValue { Type: JTokenType.String } unknown && !EnumValues(type).Contains((string)unknown!))) return;
            differences.Add($"{path}: recorded {Show(recorded)}, the SDK read null");
            return;
        }
        if (isNull)
        {
            // The SDK reads a missing or null list as nothing at all; an empty one it made up would be a difference.
            differences.Add($"{path}: recorded {(recorded is null ? "nothing" : "null")}, the SDK read {ShowTyped(typed)}");
            return;
        }
        if (!Same(recorded!, typed, type, path, differences))
            differences.Add($"{path}: recorded {Show(recorded)}, the SDK read {ShowTyped(typed)}");
    }

    // False when the values differ as a whole; nested differences are added to the list directly.
    static bool Same(JToken recorded, object typed, Type type, string path, List<string> differences)
    {
        switch (typed)
        {
            case bool flag: return LooseBoolean(recorded) == flag;
            case string text: return recorded.Type == JTokenType.String && (string)recorded! == text;
            case DateTimeOffset instant: return Instant(recorded) == instant;
            case Enum value: return recorded.Type == JTokenType.String && (string)recorded! == EnumValue(value);
            case JToken token: return JToken.DeepEquals(token, recorded);
        }
        if (IsNumber(typed)) return recorded.Type is JTokenType.Integer or JTokenType.Float && Convert.ToDecimal(typed, CultureInfo.InvariantCulture) == recorded.Value<decimal>();
        if (typed is IDictionary<string, object> map)
        {
            if (recorded is not JObject entries) return false;
            CompareExtra(entries, map, entries.Properties().Select(p => p.Name), path, differences);
            return true;
        }
        if (typed is IEnumerable items)
        {
            if (recorded is not JArray array) return false;
            var list = items.Cast<object?>().ToList();
            if (list.Count != array.Count) { differences.Add($"{path}: recorded {array.Count} items, the SDK read {list.Count}"); return true; }
            var element = ElementType(type);
            for (var i = 0; i < list.Count; i++) Compare(array[i], list[i], element, $"{path}[{i}]", differences);
            return true;
        }
        if (type == typeof(object)) return JToken.DeepEquals(JToken.FromObject(typed), recorded);
        if (recorded is not JObject fields) return false;
        CompareObject(fields, typed, path, differences);
        return true;
    }

    static void CompareObject(JObject recorded, object typed, string path, List<string> differences)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        IDictionary<string, object>? additional = null;
        foreach (var property in typed.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonExtensionDataAttribute>() != null || property.Name == "AdditionalProperties")
            {
                additional = property.GetValue(typed) as IDictionary<string, object>;
                continue;
            }
            if (property.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName is not { } name) continue;
            declared.Add(name);
            Compare(recorded[name], property.GetValue(typed), property.PropertyType, $"{path}.{name}", differences);
        }
        var undeclared = recorded.Properties().Select(p => p.Name).Where(name => !declared.Contains(name)).ToList();
        if (additional is null)
            differences.AddRange(undeclared.Select(name => $"{path}.{name}: recorded a field {typed.GetType().Name} neither declares nor keeps"));
        else CompareExtra(recorded, additional, undeclared, path, differences);
    }

    static void CompareExtra(JObject recorded, IDictionary<string, object> kept, IEnumerable<string> names, string path, List<string> differences)
    {
        foreach (var name in names)
        {
            if (!kept.TryGetValue(name, out var value)) { differences.Add($"{path}.{name}: recorded {Show(recorded[name])}, the SDK dropped it"); continue; }
            var token = value is null ? JValue.CreateNull() : JToken.FromObject(value);
            if (!JToken.DeepEquals(token, recorded[name])) differences.Add($"{path}.{name}: recorded {Show(recorded[name])}, the SDK kept {Show(token)}");
        }
    }

    static bool? LooseBoolean(JToken token) => token.Type switch
    {
        JTokenType.Boolean => (bool)token,
        JTokenType.Integer => (long)token != 0,
        JTokenType.String => ((string)token!).Trim().ToLowerInvariant() switch { "1" or "true" => true, "0" or "false" => false, _ => null },
        _ => null,
    };

    // Read independently of the SDK's converter: the recorded text must name the same instant.
    static DateTimeOffset? Instant(JToken token) => token.Type switch
    {
        JTokenType.String when DateTimeOffset.TryParse((string)token!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
        JTokenType.Integer => DateTimeOffset.FromUnixTimeSeconds((long)token),
        _ => null,
    };

    static bool IsNumber(object value) => value is int or long or short or byte or double or float or decimal;

    static string EnumValue(Enum value) =>
        value.GetType().GetField(value.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? value.ToString();

    static HashSet<string> EnumValues(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? f.Name).ToHashSet(StringComparer.Ordinal);

    static Type ElementType(Type type) =>
        type.IsArray ? type.GetElementType()!
        : (type.IsInterface && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type : type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))?.GetGenericArguments()[0] ?? typeof(object);

    static string Show(JToken? token) => token is null ? "nothing" : Shorten(token.ToString(Formatting.None));

    static string ShowTyped(object typed) => typed switch
    {
        string text => JsonConvert.ToString(text),
        bool or DateTimeOffset or Enum => typed.ToString()!,
        _ when IsNumber(typed) => Convert.ToString(typed, CultureInfo.InvariantCulture)!,
        IEnumerable items => $"{items.Cast<object>().Count()} items",
        _ => typed.GetType().Name,
    };

    static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
