using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// Compares two schemas keyword by keyword and property by property, and reports with one set of
/// <see cref="SchemaRules"/>. Locations name the value by its property path below <c>at</c>
/// (<c>data.data[].is_shared</c>) and point at its schema in the new document.
/// </summary>
/// <remarks>
/// Recursive schemas (a component that contains itself) are compared once per path: a pair of
/// schemas already being compared further up is not entered again.
/// </remarks>
public sealed class SchemaComparer(ApiDocument oldDocument, ApiDocument newDocument, SchemaRules rules, ICollection<Change> changes)
{
    readonly HashSet<(JObject Old, JObject New)> _inProgress = [];

    /// <summary>Reports every difference between <paramref name="oldSchema"/> and <paramref name="newSchema"/> at <paramref name="at"/>.</summary>
    public void Compare(JObject oldSchema, JObject newSchema, Location at) => Compare(oldSchema, newSchema, at, "");

    void Compare(JObject oldSchema, JObject newSchema, Location at, string path)
    {
        var old = SchemaView.Of(oldSchema, oldDocument.References);
        var @new = SchemaView.Of(newSchema, newDocument.References);
        if (!_inProgress.Add((old.Identity, @new.Identity))) return;
        try
        {
            var where = at.Then(path).Pointing(newSchema);
            if (!CompareTypes(old, @new, where)) return;
            CompareFormats(old, @new, where);
            if (old.Nullable != @new.Nullable)
                Report(@new.Nullable ? rules.NullableAdded : rules.NullableRemoved, where, @new.Nullable ? "now nullable" : "no longer nullable",
                    IsValueType(@new) ? Surface.Breaking : Surface.None);
            CompareEnums(old, @new, where);
            if (!JToken.DeepEquals(old.Default, @new.Default))
                Report(rules.DefaultChanged, where, $"default {Literal(old.Default)} → {Literal(@new.Default)}");
            ConstraintComparer.Compare(old, @new, where, rules, changes);
            CompareProperties(old, @new, at, path, newSchema);
            CompareItems(old, @new, at, path, where);
            CompareMaps(old, @new, at, path, where);
            CompareAlternatives(old, @new, at, path, where);
        }
        finally
        {
            _inProgress.Remove((old.Identity, @new.Identity));
        }
    }

    // False when the types differ outright: a retyped value has nothing left to compare member by member.
    bool CompareTypes(SchemaView old, SchemaView @new, Location where)
    {
        switch (old.Type, @new.Type)
        {
            case (null, null):
                return true;
            case (null, _):
                Report(rules.TypeAdded, where, $"type any → {Describe(@new)}");
                return true;
            case (_, null):
                Report(rules.TypeRemoved, where, $"type {Describe(old)} → any");
                return true;
            case var (was, now) when was != now:
                Report(rules.TypeChanged, where, $"type {Describe(old)} → {Describe(@new)}");
                return false;
            default:
                return true;
        }
    }

    void CompareFormats(SchemaView old, SchemaView @new, Location where)
    {
        if (old.Format == @new.Format) return;
        var rule = old.Format == null ? rules.FormatAdded : @new.Format == null ? rules.FormatRemoved : rules.FormatChanged;
        var surface = CSharpType.Of(old) == CSharpType.Of(@new) ? Surface.None : Surface.Breaking;
        Report(rule, where, $"format {old.Format ?? "(none)"} → {@new.Format ?? "(none)"}", surface);
    }

    void CompareEnums(SchemaView old, SchemaView @new, Location where)
    {
        switch (old.Enum, @new.Enum)
        {
            case (null, null):
                return;
            case (null, { } values):
                Report(rules.BecameEnum, where, $"now restricted to {Values(values)}");
                return;
            case ({ }, null):
                Report(rules.EnumRemoved, where, "no longer restricted to an enum");
                return;
        }
        var oldValues = old.Enum!.Select(Literal).ToList();
        var newValues = @new.Enum!.Select(Literal).ToList();
        foreach (var removed in oldValues.Except(newValues)) Report(rules.EnumValueRemoved, where, $"enum value {removed} removed");
        foreach (var added in newValues.Except(oldValues)) Report(rules.EnumValueAdded, where, $"enum value {added} added");
    }

    void CompareProperties(SchemaView old, SchemaView @new, Location at, string path, JObject newSchema)
    {
        foreach (var (name, oldProperty) in old.Properties)
        {
            var propertyPath = Child(path, name);
            if (!@new.Properties.TryGetValue(name, out var newProperty))
            {
                Report(rules.PropertyRemoved, at.Then(propertyPath).Pointing(newSchema), $"removed (was {Describe(SchemaView.Of(oldProperty, oldDocument.References))})");
                continue;
            }
            var wasRequired = old.Required.Contains(name);
            var isRequired = @new.Required.Contains(name);
            if (wasRequired != isRequired)
                Report(isRequired ? rules.PropertyBecameRequired : rules.PropertyBecameOptional, at.Then(propertyPath).Pointing(newProperty),
                    isRequired ? "now required" : "no longer required");
            Compare(oldProperty, newProperty, at, propertyPath);
        }
        foreach (var (name, newProperty) in @new.Properties)
        {
            if (old.Properties.ContainsKey(name)) continue;
            var required = @new.Required.Contains(name);
            Report(required ? rules.PropertyAddedRequired : rules.PropertyAddedOptional, at.Then(Child(path, name)).Pointing(newProperty),
                $"added{(required ? ", required" : "")} ({Describe(SchemaView.Of(newProperty, newDocument.References))})");
        }
    }

    void CompareItems(SchemaView old, SchemaView @new, Location at, string path, Location where)
    {
        switch (old.Items, @new.Items)
        {
            case ({ } oldItems, { } newItems):
                Compare(oldItems, newItems, at, path + "[]");
                break;
            case (null, { } newItems) when old.Type == "array":
                Report(rules.ItemsAdded, where, $"items any → {Describe(SchemaView.Of(newItems, newDocument.References))}");
                break;
            case ({ } oldItems, null) when @new.Type == "array":
                Report(rules.ItemsRemoved, where, $"items {Describe(SchemaView.Of(oldItems, oldDocument.References))} → any");
                break;
        }
    }

    // Openness of additionalProperties: false admits none, a schema admits values of one shape, true or absent admits anything.
    void CompareMaps(SchemaView old, SchemaView @new, Location at, string path, Location where)
    {
        if (old.AdditionalProperties != null && @new.AdditionalProperties != null)
            Compare(old.AdditionalProperties, @new.AdditionalProperties, at, path + "{}");
        var (was, now) = (Openness(old), Openness(@new));
        if (was == now) return;
        Report(now < was ? rules.AdditionalPropertiesNarrowed : rules.AdditionalPropertiesWidened, where,
            $"additionalProperties {OpennessName(was)} → {OpennessName(now)}");
    }

    static int Openness(SchemaView schema) => schema.AdditionalPropertiesAllowed == false ? 0 : schema.AdditionalProperties != null ? 1 : 2;

    static string OpennessName(int openness) => openness switch { 0 => "false", 1 => "a schema", _ => "any" };

    // Alternatives match by their $ref name where they have one, else by their type and position among those of that type.
    void CompareAlternatives(SchemaView old, SchemaView @new, Location at, string path, Location where)
    {
        if (old.Alternatives.Count == 0 && @new.Alternatives.Count == 0) return;
        var oldKeyed = Keyed(old.Alternatives, oldDocument);
        var newKeyed = Keyed(@new.Alternatives, newDocument);
        foreach (var (key, oldAlternative) in oldKeyed)
        {
            if (newKeyed.TryGetValue(key, out var newAlternative)) Compare(oldAlternative, newAlternative, at, $"{path}<{key}>");
            else Report(rules.AlternativeRemoved, where, $"alternative {key} removed");
        }
        foreach (var key in newKeyed.Keys.Where(k => !oldKeyed.ContainsKey(k)))
            Report(rules.AlternativeAdded, where, $"alternative {key} added");
    }

    static Dictionary<string, JObject> Keyed(IReadOnlyList<JObject> alternatives, ApiDocument document)
    {
        var keyed = new Dictionary<string, JObject>(StringComparer.Ordinal);
        foreach (var alternative in alternatives)
        {
            var key = ReferenceResolver.ReferenceName(alternative) ?? Describe(SchemaView.Of(alternative, document.References));
            var unique = key;
            for (var n = 2; keyed.ContainsKey(unique); n++) unique = $"{key}#{n}";
            keyed[unique] = alternative;
        }
        return keyed;
    }

    // A property path: data.data[].is_shared; an empty property name (the vendor has one) shows as "".
    static string Child(string path, string name)
    {
        var segment = name.Length == 0 ? "\"\"" : name;
        return path.Length == 0 ? segment : $"{path}.{segment}";
    }

    void Report(DiffRule rule, Location where, string detail, Surface? surface = null) =>
        changes.Add(new Change(rule, where, detail) { Surface = surface ?? rule.Surface });

    // A null that changes to Nullable<T> changes the generated member's type; one on a reference type only its annotation.
    static bool IsValueType(SchemaView schema) => CSharpType.Of(schema) is "int" or "long" or "float" or "double" or "decimal" or "bool" or "Guid" or "DateTimeOffset" or "TimeSpan";

    /// <summary>A schema's type as people write it: <c>string/date-time</c>, <c>array</c>, <c>any</c>.</summary>
    static string Describe(SchemaView schema) => (schema.Type ?? "any") + (schema.Format != null ? "/" + schema.Format : "");

    // A long enum (a language list) shows its first values and its size.
    static string Values(IReadOnlyList<JToken> values) =>
        string.Join(", ", values.Take(5).Select(Literal)) + (values.Count > 5 ? $", … ({values.Count} values)" : "");

    static string Literal(JToken? value) => value == null ? "(none)" : value.ToString(Formatting.None);
}
