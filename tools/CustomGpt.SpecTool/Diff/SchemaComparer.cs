using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// Compares two schemas property by property and reports with one set of <see cref="SchemaRules"/>.
/// Locations name the value by its property path below <c>at</c>: <c>data.data[].is_shared</c>.
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
            var where = at.Then(path);
            if (old.Type != null && @new.Type != null && old.Type != @new.Type)
            {
                // A retyped value has nothing left to compare member by member.
                Report(rules.TypeChanged, where, $"type {Describe(old)} → {Describe(@new)}");
                return;
            }
            if (old.Format != @new.Format)
                Report(rules.FormatChanged, where, $"format {old.Format ?? "(none)"} → {@new.Format ?? "(none)"}");
            if (old.Nullable != @new.Nullable)
                Report(@new.Nullable ? rules.NullableAdded : rules.NullableRemoved, where, @new.Nullable ? "now nullable" : "no longer nullable");
            CompareEnums(old, @new, where);
            CompareProperties(old, @new, at, path);
            if (old.Items != null && @new.Items != null) Compare(old.Items, @new.Items, at, path + "[]");
            if (old.AdditionalProperties != null && @new.AdditionalProperties != null)
                Compare(old.AdditionalProperties, @new.AdditionalProperties, at, path + "{}");
            for (var i = 0; i < Math.Min(old.Alternatives.Count, @new.Alternatives.Count); i++)
                Compare(old.Alternatives[i], @new.Alternatives[i], at, $"{path}<{i}>");
        }
        finally
        {
            _inProgress.Remove((old.Identity, @new.Identity));
        }
    }

    void CompareEnums(SchemaView old, SchemaView @new, Location where)
    {
        if (old.Enum == null || @new.Enum == null) return;
        var oldValues = old.Enum.Select(Literal).ToList();
        var newValues = @new.Enum.Select(Literal).ToList();
        foreach (var removed in oldValues.Except(newValues)) Report(rules.EnumValueRemoved, where, $"enum value {removed} removed");
        foreach (var added in newValues.Except(oldValues)) Report(rules.EnumValueAdded, where, $"enum value {added} added");
    }

    void CompareProperties(SchemaView old, SchemaView @new, Location at, string path)
    {
        foreach (var (name, oldProperty) in old.Properties)
        {
            var propertyPath = Child(path, name);
            if (!@new.Properties.TryGetValue(name, out var newProperty))
            {
                Report(rules.PropertyRemoved, at.Then(propertyPath), $"removed (was {Describe(SchemaView.Of(oldProperty, oldDocument.References))})");
                continue;
            }
            var wasRequired = old.Required.Contains(name);
            var isRequired = @new.Required.Contains(name);
            if (wasRequired != isRequired)
                Report(isRequired ? rules.PropertyBecameRequired : rules.PropertyBecameOptional, at.Then(propertyPath),
                    isRequired ? "now required" : "no longer required");
            Compare(oldProperty, newProperty, at, propertyPath);
        }
        foreach (var (name, newProperty) in @new.Properties)
        {
            if (old.Properties.ContainsKey(name)) continue;
            var required = @new.Required.Contains(name);
            Report(required ? rules.PropertyAddedRequired : rules.PropertyAddedOptional, at.Then(Child(path, name)),
                $"added{(required ? ", required" : "")} ({Describe(SchemaView.Of(newProperty, newDocument.References))})");
        }
    }

    // A property path: data.data[].is_shared; an empty property name (the vendor has one) shows as "".
    static string Child(string path, string name)
    {
        var segment = name.Length == 0 ? "\"\"" : name;
        return path.Length == 0 ? segment : $"{path}.{segment}";
    }

    void Report(DiffRule rule, Location where, string detail) => changes.Add(new Change(rule, where, detail));

    /// <summary>A schema's type as people write it: <c>string/date-time</c>, <c>array</c>, <c>any</c>.</summary>
    static string Describe(SchemaView schema) => (schema.Type ?? "any") + (schema.Format != null ? "/" + schema.Format : "");

    static string Literal(JToken value) => value.ToString(Formatting.None);
}
