using System.Reflection;
using System.Runtime.Serialization;

namespace CustomGpt.Http;

/// <summary>
/// The API's spelling of an enum member (<c>[EnumMember(Value = "gpt-4o-mini")]</c> on the generated
/// enums), looked up once per enum type rather than by reflection on every call.
/// </summary>
internal static class WireNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Cache<TEnum>.Names.TryGetValue(value, out var name) ? name : value.ToString();

    /// <summary>The same for an enum value whose type is known only at run time (form fields).</summary>
    public static string Of(Enum value)
    {
        var field = value.GetType().GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static);
        return field?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? value.ToString();
    }

    static class Cache<TEnum> where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> Names = Build();

        static Dictionary<TEnum, string> Build()
        {
            var names = new Dictionary<TEnum, string>();
            foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
                names[(TEnum)field.GetValue(null)!] = field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name;
            return names;
        }
    }
}
