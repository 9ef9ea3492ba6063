namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// The rules for changes inside a schema. The same change weighs differently by direction: a
/// value the client sends (parameter, request body) may not become stricter, a value the client
/// receives (response body) may not lose or retype what it had, and may surprise with new values.
/// </summary>
public sealed record SchemaRules(
    DiffRule PropertyAddedRequired,
    DiffRule PropertyAddedOptional,
    DiffRule PropertyRemoved,
    DiffRule PropertyBecameRequired,
    DiffRule PropertyBecameOptional,
    DiffRule TypeChanged,
    DiffRule FormatChanged,
    DiffRule EnumValueAdded,
    DiffRule EnumValueRemoved,
    DiffRule NullableAdded,
    DiffRule NullableRemoved)
{
    /// <summary>Rules for data the client sends; ids start with <paramref name="scope"/> (<c>parameter</c>, <c>request</c>).</summary>
    public static SchemaRules Sent(string scope) => new(
        new($"{scope}-property-added-required", Severity.Breaking, $"A required property was added to the {scope}: existing callers do not send it."),
        new($"{scope}-property-added-optional", Severity.Info, $"An optional property was added to the {scope}."),
        new($"{scope}-property-removed", Severity.Breaking, $"A property of the {scope} was removed: callers that set it lose it (and the generated member goes)."),
        new($"{scope}-property-became-required", Severity.Breaking, $"A property of the {scope} became required: callers that omit it are refused."),
        new($"{scope}-property-became-optional", Severity.Info, $"A required property of the {scope} became optional."),
        new($"{scope}-type-changed", Severity.Breaking, $"The type of a value in the {scope} changed: what callers send no longer fits."),
        new($"{scope}-format-changed", Severity.Breaking, $"The format of a value in the {scope} changed: what callers send no longer fits."),
        new($"{scope}-enum-value-added", Severity.Info, $"The {scope} accepts a new enum value."),
        new($"{scope}-enum-value-removed", Severity.Breaking, $"The {scope} no longer accepts an enum value callers may send."),
        new($"{scope}-nullable-added", Severity.Info, $"A value in the {scope} may now be null."),
        new($"{scope}-nullable-removed", Severity.Breaking, $"A value in the {scope} may no longer be null: callers that send null are refused."));

    /// <summary>Rules for data the client receives; ids start with <paramref name="scope"/> (<c>response</c>).</summary>
    public static SchemaRules Received(string scope)
    {
        var added = new DiffRule($"{scope}-property-added", Severity.Info, $"A property was added to the {scope}; tolerant readers ignore it.");
        return new(
            added,
            added,
            new($"{scope}-property-removed", Severity.Breaking, $"A property of the {scope} was removed: clients that read it get nothing."),
            new($"{scope}-property-became-required", Severity.Info, $"A property of the {scope} is now always present."),
            new($"{scope}-property-became-optional", Severity.Warning, $"A property of the {scope} may now be absent."),
            new($"{scope}-type-changed", Severity.Breaking, $"The type of a value in the {scope} changed: clients misread it."),
            new($"{scope}-format-changed", Severity.Breaking, $"The format of a value in the {scope} changed: clients may fail to parse it."),
            new($"{scope}-enum-value-added", Severity.Warning, $"The {scope} may carry an enum value clients do not know."),
            new($"{scope}-enum-value-removed", Severity.Info, $"The {scope} no longer carries an enum value."),
            new($"{scope}-nullable-added", Severity.Warning, $"A value in the {scope} may now be null: clients that assume a value may fail."),
            new($"{scope}-nullable-removed", Severity.Info, $"A value in the {scope} is no longer null."));
    }

    /// <summary>Every distinct rule of this set.</summary>
    public IEnumerable<DiffRule> All =>
        new[]
        {
            PropertyAddedRequired, PropertyAddedOptional, PropertyRemoved, PropertyBecameRequired, PropertyBecameOptional,
            TypeChanged, FormatChanged, EnumValueAdded, EnumValueRemoved, NullableAdded, NullableRemoved,
        }.Distinct();
}
