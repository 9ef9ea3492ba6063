using System.Reflection;

namespace CustomGpt.Extensions.Tests.PublicSurface;

/// <summary>What a caller of the two packages can see: their public types and the members those declare.</summary>
internal static class PublicMembers
{
    public static readonly Assembly[] Packages = [typeof(CustomGptClient).Assembly, typeof(CustomGptChatClientExtensions).Assembly];

    const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IEnumerable<Type> Types() =>
        Packages.SelectMany(a => a.GetExportedTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal);

    public static IEnumerable<MemberInfo> Members(Type type) =>
        type.GetMembers(Declared | BindingFlags.NonPublic)
            .Where(IsVisible)
            // Accessors are checked through their property or event; enum values have no signature.
            .Where(m => m is not MethodInfo { IsSpecialName: true } && !(type.IsEnum && m is FieldInfo { IsSpecialName: true }));

    public static IEnumerable<MethodBase> Methods() =>
        Types().SelectMany(t => Members(t).OfType<MethodBase>().Concat(Members(t).OfType<PropertyInfo>().SelectMany(p => p.GetAccessors(false))));

    /// <summary>Public, or protected in a type a caller may derive from.</summary>
    static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || ((m.IsFamily || m.IsFamilyOrAssembly) && !m.DeclaringType!.IsSealed),
        FieldInfo f => f.IsPublic || ((f.IsFamily || f.IsFamilyOrAssembly) && !f.DeclaringType!.IsSealed),
        PropertyInfo p => p.GetAccessors(true).Any(a => IsVisible(a)),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        Type t => t.IsNestedPublic,
        _ => false,
    };

    /// <summary>Every type a member's signature mentions, generic arguments and element types included.</summary>
    public static IEnumerable<Type> SignatureTypes(MemberInfo member)
    {
        IEnumerable<Type> direct = member switch
        {
            MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(p => p.ParameterType)],
            ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
            PropertyInfo p => [p.PropertyType],
            FieldInfo f => [f.FieldType],
            EventInfo e => [e.EventHandlerType!],
            _ => [],
        };
        return direct.SelectMany(Expand);
    }

    static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType)
            foreach (var inner in Expand(type.GetElementType()!)) yield return inner;
        if (type.IsGenericType)
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand)) yield return argument;
    }

    public static string Describe(MemberInfo member) => $"{member.DeclaringType?.FullName}.{member.Name}";
}
