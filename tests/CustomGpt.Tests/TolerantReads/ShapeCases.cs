using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>The classes of shapes the live API has sent in place of what the spec declares.</summary>
internal enum ShapeClass
{
    /// <summary><c>7.0</c> for an integer: read as 7.</summary>
    IntegerAsDecimal,
    /// <summary><c>"7"</c> for an integer: read as 7.</summary>
    IntegerAsString,
    /// <summary><c>"7.0"</c> for an integer: read as 7.</summary>
    IntegerAsDecimalString,
    /// <summary><c>[7.0, "8", "9.0"]</c> for a list of integers: read as 7, 8, 9.</summary>
    IntegerItemsInOtherShapes,
    /// <summary><c>[]</c> for an object: an empty object (or, for one with required members, left unset and reported).</summary>
    ObjectAsEmptyArray,
    /// <summary><c>{}</c> for a list: an empty list.</summary>
    ArrayAsEmptyObject,
    /// <summary><c>{"1":b,"0":a}</c> for a list: a, b.</summary>
    ArrayAsIndexKeyedObject,
    /// <summary>A value of the wrong type for an optional member: left unset, reported, kept raw.</summary>
    OptionalWrongType,
    /// <summary>A value of the wrong type for a required member: the typed error naming the operation and the path.</summary>
    RequiredWrongType,
}

/// <summary>One generated case: a member of a schema, given one shape, read through its host operation.</summary>
internal sealed record ShapeCase(string Schema, string Member, ShapeClass Class, JToken Value, SpecShapes.Host Host, bool Required, bool TargetHasRequired, bool IsPayload)
{
    public string Id => $"{Schema}.{Member}:{Class}";

    /// <summary>The body path of the member, as the SDK reports it.</summary>
    public string JsonPath => string.Concat(Host.Path.Append(Member).Select((p, i) => p is int index ? $"[{index}]" : (i == 0 ? "" : ".") + p));

    /// <summary>Whether the read gives the value back (read without loss) rather than leaving it unset.</summary>
    public bool Lossless => Class is not (ShapeClass.OptionalWrongType or ShapeClass.RequiredWrongType) && !(Class == ShapeClass.ObjectAsEmptyArray && TargetHasRequired);

    /// <summary>For lists of scalars, the values in key order that <see cref="IndexKeyed"/> stands for.</summary>
    public static readonly JArray IndexKeyedIntegers = [1, 2];

    public static readonly JArray IndexKeyedStrings = ["a", "b"];

    // After the samples above: static fields are initialised in order.
    public static readonly IReadOnlyList<ShapeCase> All = Generate().ToList();

    public static readonly IReadOnlyDictionary<string, ShapeCase> ById = All.ToDictionary(c => c.Id);

    static IEnumerable<ShapeCase> Generate()
    {
        foreach (var (schema, host) in SpecShapes.Hosts)
        {
            var declared = (JObject)SpecShapes.Schemas[schema]!;
            var required = declared["required"]?.Values<string>().ToHashSet() ?? [];
            var payload = (string?)declared["x-envelope"];
            foreach (var property in ((JObject)declared["properties"]!).Properties())
            {
                var member = SpecShapes.Member((JObject)property.Value);
                var isRequired = required.Contains(property.Name);
                var targetHasRequired = member.ObjectSchema is { } target && SpecShapes.Schemas[target]!["required"] is JArray { Count: > 0 };
                ShapeCase Case(ShapeClass shape, JToken value) => new(schema, property.Name, shape, value, host, isRequired, targetHasRequired, property.Name == payload);

                if (member.Type == "integer" && !member.IsEnum)
                {
                    yield return Case(ShapeClass.IntegerAsDecimal, new JValue(7.0));
                    yield return Case(ShapeClass.IntegerAsString, "7");
                    yield return Case(ShapeClass.IntegerAsDecimalString, "7.0");
                }
                if (member.IsArray && member.ItemType == "integer")
                    yield return Case(ShapeClass.IntegerItemsInOtherShapes, new JArray(new JValue(7.0), "8", "9.0"));
                if (member.Type == "object")
                    yield return Case(ShapeClass.ObjectAsEmptyArray, new JArray());
                if (member.IsArray)
                {
                    yield return Case(ShapeClass.ArrayAsEmptyObject, new JObject());
                    yield return Case(ShapeClass.ArrayAsIndexKeyedObject, IndexKeyed(host, property.Name, member.ItemType));
                }
                yield return Case(isRequired ? ShapeClass.RequiredWrongType : ShapeClass.OptionalWrongType, WrongType(member.Type, member.IsEnum, member.Format));
            }
        }
    }

    // Two items keyed by index, out of order: the read restores key order.
    static JToken IndexKeyed(SpecShapes.Host host, string member, string? itemType)
    {
        var items = itemType switch
        {
            "integer" => IndexKeyedIntegers,
            "string" => IndexKeyedStrings,
            _ => (JArray)ShapeBodies.Valid(host).SelectToken(ShapeBodies.Locate(host))![member]!,
        };
        return new JObject(new JProperty("1", items[1].DeepClone()), new JProperty("0", items[0].DeepClone()));
    }

    // A value no reading of the declared type accepts.
    static JToken WrongType(string? type, bool isEnum, string? format) => (type, isEnum, format) switch
    {
        (_, true, _) => "NOT_A_KNOWN_VALUE",
        ("string", _, "date-time") => "not a date",
        ("string", _, _) => new JObject(new JProperty("unexpected", true)),
        ("integer", _, _) => "seven",
        ("number", _, _) => "a lot",
        ("boolean", _, _) => "maybe",
        ("array", _, _) => "text",
        _ => 42,
    };
}
