using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace CustomGpt.Json;

/// <summary>
/// The required members of one SDK model (<c>Required.Always</c> or <c>AllowNull</c>), checked by
/// <see cref="TolerantObjectConverter"/> instead of by Newtonsoft, with the same outcome: a member
/// that must appear and does not, or an <c>Always</c> member read as null, fails the read with a
/// <see cref="JsonSerializationException"/> naming the member and where the object was.
/// Why: for a model with any required member, Newtonsoft builds a dictionary of every one of the
/// model's properties for each object it reads, only to note which appeared; for the 1 KB agent that
/// was about a fifth of the read. Here a required member notes its appearance in a bit, when
/// Newtonsoft asks whether to read it (<see cref="JsonProperty.ShouldDeserialize"/>).
/// With the SDK's settings, which leave nulls out, the contract writes as before.
/// </summary>
internal sealed class RequiredMembers
{
    // The members named so far in the object being read on this thread; a nested object saves and restores its reader's.
    [ThreadStatic] static ulong t_named;

    readonly JsonProperty[] _members;
    readonly Required[] _kinds;
    readonly bool[] _nullable;

    RequiredMembers(JsonProperty[] members, Required[] kinds, bool[] nullable)
    {
        _members = members;
        _kinds = kinds;
        _nullable = nullable;
    }

    /// <summary>
    /// Moves the checks of <paramref name="contract"/>'s required members here, or returns null and
    /// leaves them to Newtonsoft: when there are none, or when a member's requirement depends on
    /// more than its name and its value (see <see cref="CanCheck"/>).
    /// </summary>
    public static RequiredMembers? TakeOver(JsonObjectContract contract)
    {
        var members = contract.Properties.Where(p => p.Required != Required.Default).ToArray();
        var nullable = Array.ConvertAll(members, m => m.PropertyType is not { IsValueType: true } type || Nullable.GetUnderlyingType(type) is not null);
        // One bit per member, 64 at most.
        // Stryker disable once Equality : at exactly 64 only who checks changes, not the outcome.
        if (members.Length is 0 or > 64 || !CanCheck(contract, members)) return null;
        var kinds = new Required[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i];
            var bit = 1UL << i;
            kinds[i] = member.Required;
            member.Required = Required.Default;
            member.ShouldDeserialize = _ =>
            {
                t_named |= bit;
                return true;
            };
            if (kinds[i] != Required.Always) continue;
            // A null read reaches the member instead of being skipped by the settings' Ignore, so the
            // check sees the last value the answer gave (and an id given null is not left at 0: its
            // converter finds it unreadable, which is fatal for a required member)...
            member.NullValueHandling = NullValueHandling.Include;
            // ...while a null is still left out when the model is written, as Ignore did.
            if (nullable[i]) member.ShouldSerialize = model => member.ValueProvider!.GetValue(model) is not null;
        }
        return new RequiredMembers(members, kinds, nullable);
    }

    /// <summary>How <paramref name="property"/> of <paramref name="contract"/> is required, wherever that is checked.</summary>
    public static Required KindOf(JsonObjectContract contract, JsonProperty property)
    {
        if (contract.Converter is TolerantObjectConverter { RequiredChecked: { } required })
        {
            var index = Array.IndexOf(required._members, property);
            if (index >= 0) return required._kinds[index];
        }
        return property.Required;
    }

    /// <summary>Starts noting the members of a new object; returns what to hand back to <see cref="End"/>.</summary>
    public static ulong Begin()
    {
        var outer = t_named;
        t_named = 0;
        return outer;
    }

    /// <summary>The members the object named; the enclosing object's notes are restored.</summary>
    public static ulong End(ulong outer)
    {
        var named = t_named;
        t_named = outer;
        return named;
    }

    /// <summary>Fails the read when a member of <paramref name="model"/> is missing or an <c>Always</c> one is null.</summary>
    public void Check(object model, ulong named, JsonReader reader)
    {
        for (var i = 0; i < _members.Length; i++)
        {
            var member = _members[i];
            if ((named & (1UL << i)) == 0) throw Failure(reader, member, "is missing from");
            if (_kinds[i] == Required.Always && _nullable[i] && member.ValueProvider!.GetValue(model) is null) throw Failure(reader, member, "is null in");
        }
    }

    // What this check cannot see the way Newtonsoft does, so Newtonsoft keeps it: a requirement set
    // for all members at once; a member that may be named and still not set (ignored, read-only,
    // with a condition of its own, or only disallowing null, whose unreadable value is forgiven and
    // left unset); defaults filled in for members that are missing, which need Newtonsoft's notes
    // anyway. Members written under a condition of their own are left alone too (see TakeOver).
    static bool CanCheck(JsonObjectContract contract, JsonProperty[] members) =>
        contract.ItemRequired is null
        && members.All(m => m.Required is Required.Always or Required.AllowNull && !m.Ignored && m.Writable && m.Readable
                            && m.ShouldDeserialize is null && m.ShouldSerialize is null && m.ValueProvider is not null)
        && contract.Properties.All(p => p.DefaultValueHandling is not { } handling || !handling.HasFlag(DefaultValueHandling.Populate));

    static JsonSerializationException Failure(JsonReader reader, JsonProperty member, string what)
    {
        var line = reader as IJsonLineInfo;
        var where = reader.Path.Length == 0 ? "the top-level object" : $"the object at '{reader.Path}'";
        var at = line is { } info && info.HasLineInfo() ? $" (line {info.LineNumber}, position {info.LinePosition})" : "";
        return new JsonSerializationException($"The required member '{member.PropertyName}' {what} {where}{at}.",
            reader.Path, line?.LineNumber ?? 0, line?.LinePosition ?? 0, null);
    }
}
