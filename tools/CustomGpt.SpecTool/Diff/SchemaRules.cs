namespace CustomGpt.SpecTool.Diff;

/// <summary>
/// The rules for changes inside a schema. The same change weighs differently by direction: a value
/// the client sends (parameter, request body) may not become stricter, since what callers send
/// today must still be accepted; a value the client reads (response body) may not become looser,
/// since what the server sends must still fit what clients parse; new values a client reads may
/// surprise it (a warning).
/// </summary>
public sealed record SchemaRules
{
    /// <summary>A property appeared and is required.</summary>
    public required DiffRule PropertyAddedRequired { get; init; }
    /// <summary>A property appeared and is optional.</summary>
    public required DiffRule PropertyAddedOptional { get; init; }
    /// <summary>A property disappeared.</summary>
    public required DiffRule PropertyRemoved { get; init; }
    /// <summary>An optional property became required.</summary>
    public required DiffRule PropertyBecameRequired { get; init; }
    /// <summary>A required property became optional.</summary>
    public required DiffRule PropertyBecameOptional { get; init; }
    /// <summary>A value's type changed from one to another.</summary>
    public required DiffRule TypeChanged { get; init; }
    /// <summary>An untyped value got a type.</summary>
    public required DiffRule TypeAdded { get; init; }
    /// <summary>A typed value lost its type.</summary>
    public required DiffRule TypeRemoved { get; init; }
    /// <summary>A value without a format got one.</summary>
    public required DiffRule FormatAdded { get; init; }
    /// <summary>A value lost its format.</summary>
    public required DiffRule FormatRemoved { get; init; }
    /// <summary>A value's format changed from one to another.</summary>
    public required DiffRule FormatChanged { get; init; }
    /// <summary>An enum gained a value.</summary>
    public required DiffRule EnumValueAdded { get; init; }
    /// <summary>An enum lost a value.</summary>
    public required DiffRule EnumValueRemoved { get; init; }
    /// <summary>A free value became an enum (or a <c>const</c>).</summary>
    public required DiffRule BecameEnum { get; init; }
    /// <summary>An enum became a free value.</summary>
    public required DiffRule EnumRemoved { get; init; }
    /// <summary>A value may now be null.</summary>
    public required DiffRule NullableAdded { get; init; }
    /// <summary>A value may no longer be null.</summary>
    public required DiffRule NullableRemoved { get; init; }
    /// <summary>The default changed, appeared or went.</summary>
    public required DiffRule DefaultChanged { get; init; }
    /// <summary><c>minLength</c>/<c>maxLength</c> admit fewer values.</summary>
    public required DiffRule LengthTightened { get; init; }
    /// <summary><c>minLength</c>/<c>maxLength</c> admit more values.</summary>
    public required DiffRule LengthLoosened { get; init; }
    /// <summary><c>minimum</c>/<c>maximum</c> (exclusive or not) admit fewer values.</summary>
    public required DiffRule RangeTightened { get; init; }
    /// <summary><c>minimum</c>/<c>maximum</c> (exclusive or not) admit more values.</summary>
    public required DiffRule RangeLoosened { get; init; }
    /// <summary><c>minItems</c>/<c>maxItems</c> admit fewer arrays.</summary>
    public required DiffRule ItemCountTightened { get; init; }
    /// <summary><c>minItems</c>/<c>maxItems</c> admit more arrays.</summary>
    public required DiffRule ItemCountLoosened { get; init; }
    /// <summary>A pattern appeared.</summary>
    public required DiffRule PatternAdded { get; init; }
    /// <summary>The pattern changed.</summary>
    public required DiffRule PatternChanged { get; init; }
    /// <summary>The pattern went.</summary>
    public required DiffRule PatternRemoved { get; init; }
    /// <summary><c>additionalProperties</c> admits less (false, or a schema where anything was allowed).</summary>
    public required DiffRule AdditionalPropertiesNarrowed { get; init; }
    /// <summary><c>additionalProperties</c> admits more.</summary>
    public required DiffRule AdditionalPropertiesWidened { get; init; }
    /// <summary>An array got an item schema.</summary>
    public required DiffRule ItemsAdded { get; init; }
    /// <summary>An array lost its item schema.</summary>
    public required DiffRule ItemsRemoved { get; init; }
    /// <summary>A <c>oneOf</c>/<c>anyOf</c> alternative appeared.</summary>
    public required DiffRule AlternativeAdded { get; init; }
    /// <summary>A <c>oneOf</c>/<c>anyOf</c> alternative went.</summary>
    public required DiffRule AlternativeRemoved { get; init; }

    const Severity B = Severity.Breaking, W = Severity.Warning, I = Severity.Info;

    /// <summary>Rules for data the client sends; ids start with <paramref name="scope"/> (<c>parameter</c>, <c>request</c>).</summary>
    public static SchemaRules Sent(string scope)
    {
        // oasdiff names the same checks request-parameter-* and request-property-*.
        var o = scope == "parameter" ? "request-parameter" : "request-property";
        DiffRule R(string id, Severity severity, string meaning, Surface surface = Surface.None, string? oasdiff = null) =>
            new($"{scope}-{id}", severity, meaning, surface, oasdiff);
        return new SchemaRules
        {
            PropertyAddedRequired = R("property-added-required", B, $"A required property was added to the {scope}: existing callers do not send it.", Surface.Additive,
                scope == "request" ? "new-required-request-property" : null),
            PropertyAddedOptional = R("property-added-optional", I, $"An optional property was added to the {scope}.", Surface.Additive,
                scope == "request" ? "new-optional-request-property" : null),
            PropertyRemoved = R("property-removed", B, $"A property of the {scope} was removed: callers that set it lose it silently (and the generated member goes).", Surface.Breaking,
                scope == "request" ? "request-property-removed" : null),
            PropertyBecameRequired = R("property-became-required", B, $"A property of the {scope} became required: callers that omit it are refused.", Surface.None,
                scope == "request" ? "request-property-became-required" : null),
            PropertyBecameOptional = R("property-became-optional", I, $"A required property of the {scope} became optional.", Surface.None,
                scope == "request" ? "request-property-became-optional" : null),
            TypeChanged = R("type-changed", B, $"The type of a value in the {scope} changed: what callers send no longer fits (and the generated member is retyped).", Surface.Breaking, $"{o}-type-changed"),
            TypeAdded = R("type-added", B, $"A value of the {scope} that took anything now has a type: what callers send may no longer fit.", Surface.Breaking),
            TypeRemoved = R("type-removed", I, $"A value of the {scope} lost its type and now takes anything (the generated member becomes object).", Surface.Breaking),
            FormatAdded = R("format-added", B, $"A value of the {scope} gained a format: values callers send may no longer fit (the C# type changes where the format maps to one, e.g. uuid to Guid)."),
            FormatRemoved = R("format-removed", I, $"A value of the {scope} lost its format: it accepts more."),
            FormatChanged = R("format-changed", B, $"The format of a value in the {scope} changed: what callers send no longer fits."),
            EnumValueAdded = R("enum-value-added", I, $"The {scope} accepts a new enum value.", Surface.Additive, $"{o}-enum-value-added"),
            EnumValueRemoved = R("enum-value-removed", B, $"The {scope} no longer accepts an enum value callers may send.", Surface.Breaking, $"{o}-enum-value-removed"),
            BecameEnum = R("became-enum", B, $"A free value of the {scope} became an enum (or const): values outside it are refused, and the generated member becomes an enum.", Surface.Breaking, $"{o}-became-enum"),
            EnumRemoved = R("enum-removed", I, $"An enum of the {scope} became a free value: it accepts more (the generated enum goes).", Surface.Breaking),
            NullableAdded = R("nullable-added", I, $"A value in the {scope} may now be null.", Surface.None, $"{o}-became-nullable"),
            NullableRemoved = R("nullable-removed", B, $"A value in the {scope} may no longer be null: callers that send null are refused.", Surface.None, $"{o}-became-not-nullable"),
            DefaultChanged = R("default-changed", W, $"The default of a value in the {scope} changed: callers that omit it get another behaviour.", Surface.None,
                $"{o}-default-value-changed, {o}-default-value-added, {o}-default-value-removed"),
            LengthTightened = R("length-tightened", B, $"minLength/maxLength of a value in the {scope} admit fewer strings: what callers send may be refused.", Surface.None,
                $"{o}-max-length-decreased, {o}-min-length-increased, {o}-max-length-set"),
            LengthLoosened = R("length-loosened", I, $"minLength/maxLength of a value in the {scope} admit more strings.", Surface.None,
                $"{o}-max-length-increased, {o}-min-length-decreased"),
            RangeTightened = R("range-tightened", B, $"minimum/maximum of a value in the {scope} admit fewer numbers: what callers send may be refused.", Surface.None,
                $"{o}-max-decreased, {o}-min-increased, {o}-max-set, {o}-min-set, {o}-exclusive-max-decreased, {o}-exclusive-min-increased"),
            RangeLoosened = R("range-loosened", I, $"minimum/maximum of a value in the {scope} admit more numbers.", Surface.None,
                $"{o}-max-increased, {o}-min-decreased"),
            ItemCountTightened = R("item-count-tightened", B, $"minItems/maxItems of an array in the {scope} admit fewer arrays: what callers send may be refused.", Surface.None,
                scope == "parameter" ? $"{o}-max-items-decreased, {o}-min-items-increased, {o}-min-items-set" : $"{o}-min-items-increased, {o}-min-items-set"),
            ItemCountLoosened = R("item-count-loosened", I, $"minItems/maxItems of an array in the {scope} admit more arrays.", Surface.None,
                scope == "parameter" ? $"{o}-max-items-increased, {o}-min-items-decreased" : null),
            PatternAdded = R("pattern-added", B, $"A value of the {scope} gained a pattern: what callers send may be refused.", Surface.None, $"{o}-pattern-added"),
            PatternChanged = R("pattern-changed", W, $"The pattern of a value in the {scope} changed: some values callers send may be refused.", Surface.None, $"{o}-pattern-changed"),
            PatternRemoved = R("pattern-removed", I, $"A value of the {scope} lost its pattern: it accepts more.", Surface.None, $"{o}-pattern-removed"),
            AdditionalPropertiesNarrowed = R("additional-properties-narrowed", B, $"An object of the {scope} admits fewer extra properties (additionalProperties false, or a schema where anything went): callers that send them are refused."),
            AdditionalPropertiesWidened = R("additional-properties-widened", I, $"An object of the {scope} admits more extra properties."),
            ItemsAdded = R("items-added", B, $"An array of the {scope} that took any items now has an item schema: items callers send may no longer fit.", Surface.Breaking),
            ItemsRemoved = R("items-removed", I, $"An array of the {scope} lost its item schema and takes any items.", Surface.Breaking),
            AlternativeAdded = R("alternative-added", I, $"A oneOf/anyOf of the {scope} admits a new alternative.", Surface.None,
                scope == "request" ? $"{o}-one-of-added, {o}-any-of-added" : null),
            AlternativeRemoved = R("alternative-removed", B, $"A oneOf/anyOf alternative of the {scope} is gone: callers that send it are refused.", Surface.None,
                scope == "request" ? $"{o}-one-of-removed, {o}-any-of-removed" : null),
        };
    }

    /// <summary>Rules for data the client receives; ids start with <paramref name="scope"/> (<c>response</c>).</summary>
    public static SchemaRules Received(string scope)
    {
        const string o = "response-property";
        DiffRule R(string id, Severity severity, string meaning, Surface surface = Surface.None, string? oasdiff = null) =>
            new($"{scope}-{id}", severity, meaning, surface, oasdiff);
        var added = R("property-added", I, $"A property was added to the {scope}; tolerant readers ignore it.", Surface.Additive,
            "response-optional-property-added, response-required-property-added");
        return new SchemaRules
        {
            PropertyAddedRequired = added,
            PropertyAddedOptional = added,
            PropertyRemoved = R("property-removed", B, $"A property of the {scope} was removed: clients that read it get nothing.", Surface.Breaking,
                "response-required-property-removed, response-optional-property-removed"),
            PropertyBecameRequired = R("property-became-required", I, $"A property of the {scope} is now always present.", Surface.None, $"{o}-became-required"),
            PropertyBecameOptional = R("property-became-optional", W, $"A property of the {scope} may now be absent.", Surface.None, $"{o}-became-optional"),
            TypeChanged = R("type-changed", B, $"The type of a value in the {scope} changed: clients misread it.", Surface.Breaking, $"{o}-type-changed"),
            TypeAdded = R("type-added", I, $"A value of the {scope} that could be anything now has a type (the generated member is retyped from object).", Surface.Breaking),
            TypeRemoved = R("type-removed", B, $"A value of the {scope} lost its type and may be anything: clients that parse the old type may fail.", Surface.Breaking),
            FormatAdded = R("format-added", I, $"A value of the {scope} gained a format: the same bytes, described more precisely (the C# type changes where the format maps to one, e.g. uuid to Guid)."),
            FormatRemoved = R("format-removed", B, $"A value of the {scope} lost its format: clients that parse the old format may fail."),
            FormatChanged = R("format-changed", B, $"The format of a value in the {scope} changed: clients may fail to parse it."),
            EnumValueAdded = R("enum-value-added", W, $"The {scope} may carry an enum value clients do not know.", Surface.Additive, $"{o}-enum-value-added"),
            EnumValueRemoved = R("enum-value-removed", I, $"The {scope} no longer carries an enum value.", Surface.Breaking, $"{o}-enum-value-removed"),
            BecameEnum = R("became-enum", I, $"A free value of the {scope} became an enum (or const): the server promises fewer values (the generated member becomes an enum).", Surface.Breaking),
            EnumRemoved = R("enum-removed", B, $"An enum of the {scope} became a free value: clients that parse it into the enum fail on new values.", Surface.Breaking),
            NullableAdded = R("nullable-added", W, $"A value in the {scope} may now be null: clients that assume a value may fail.", Surface.None, $"{o}-became-nullable"),
            NullableRemoved = R("nullable-removed", I, $"A value in the {scope} is no longer null.", Surface.None, $"{o}-became-not-nullable"),
            DefaultChanged = R("default-changed", I, $"The documented default of a value in the {scope} changed.", Surface.None,
                $"{o}-default-value-changed, {o}-default-value-added, {o}-default-value-removed"),
            LengthTightened = R("length-tightened", I, $"minLength/maxLength of a value in the {scope} promise fewer strings."),
            LengthLoosened = R("length-loosened", B, $"minLength/maxLength of a value in the {scope} admit more strings: clients sized for the old bounds may fail.", Surface.None,
                $"{o}-max-length-increased, {o}-min-length-decreased, {o}-max-length-unset"),
            RangeTightened = R("range-tightened", I, $"minimum/maximum of a value in the {scope} promise fewer numbers."),
            RangeLoosened = R("range-loosened", B, $"minimum/maximum of a value in the {scope} admit more numbers: clients relying on the old range may fail.", Surface.None,
                $"{o}-max-increased, {o}-min-decreased, {o}-exclusive-max-increased, {o}-exclusive-min-decreased"),
            ItemCountTightened = R("item-count-tightened", I, $"minItems/maxItems of an array in the {scope} promise fewer arrays."),
            ItemCountLoosened = R("item-count-loosened", B, $"minItems/maxItems of an array in the {scope} admit more arrays: clients relying on the old bounds may fail.", Surface.None,
                $"{o}-min-items-decreased, {o}-min-items-unset"),
            PatternAdded = R("pattern-added", I, $"A value of the {scope} gained a pattern.", Surface.None, $"{o}-pattern-added"),
            PatternChanged = R("pattern-changed", I, $"The pattern of a value in the {scope} changed.", Surface.None, $"{o}-pattern-changed"),
            PatternRemoved = R("pattern-removed", I, $"A value of the {scope} lost its pattern.", Surface.None, $"{o}-pattern-removed"),
            AdditionalPropertiesNarrowed = R("additional-properties-narrowed", I, $"An object of the {scope} promises fewer extra properties."),
            AdditionalPropertiesWidened = R("additional-properties-widened", W, $"An object of the {scope} may carry more extra properties: typed maps may meet values of another shape."),
            ItemsAdded = R("items-added", I, $"An array of the {scope} whose items could be anything now has an item schema.", Surface.Breaking),
            ItemsRemoved = R("items-removed", B, $"An array of the {scope} lost its item schema: its items may be anything, and clients that parse the old items may fail.", Surface.Breaking),
            AlternativeAdded = R("alternative-added", B, $"A oneOf/anyOf of the {scope} may carry a new alternative clients cannot parse.", Surface.None, $"{o}-one-of-added"),
            AlternativeRemoved = R("alternative-removed", I, $"A oneOf/anyOf alternative of the {scope} is no longer sent.", Surface.None, $"{o}-one-of-removed, {o}-any-of-removed"),
        };
    }

    /// <summary>Every distinct rule of this set, in declaration order.</summary>
    public IEnumerable<DiffRule> All =>
        new[]
        {
            PropertyAddedRequired, PropertyAddedOptional, PropertyRemoved, PropertyBecameRequired, PropertyBecameOptional,
            TypeChanged, TypeAdded, TypeRemoved, FormatAdded, FormatRemoved, FormatChanged,
            EnumValueAdded, EnumValueRemoved, BecameEnum, EnumRemoved, NullableAdded, NullableRemoved, DefaultChanged,
            LengthTightened, LengthLoosened, RangeTightened, RangeLoosened, ItemCountTightened, ItemCountLoosened,
            PatternAdded, PatternChanged, PatternRemoved, AdditionalPropertiesNarrowed, AdditionalPropertiesWidened,
            ItemsAdded, ItemsRemoved, AlternativeAdded, AlternativeRemoved,
        }.Distinct();
}
