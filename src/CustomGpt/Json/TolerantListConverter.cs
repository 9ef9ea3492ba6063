using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace CustomGpt.Json;

/// <summary>
/// Reads list members (<c>IList&lt;T&gt;</c>) from an array as Newtonsoft would, and also from the
/// objects PHP writes for an array: <c>{}</c> (an empty list) and an index-keyed object
/// <c>{"0":a,"1":b}</c> (left after filtering a list; its values in key order). An object with
/// other keys is unreadable.
/// </summary>
internal sealed class TolerantListConverter(JsonArrayContract contract) : JsonConverter
{
    readonly Type _listType = typeof(List<>).MakeGenericType(contract.CollectionItemType!);
    // Newtonsoft's compiled constructor of the list it would create (List<T> for IList<T>): faster than Activator on every list.
    readonly Func<object>? _create = contract.DefaultCreator;
    readonly string _expected = "array of " + Describe(contract.CollectionItemType!);

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override bool CanConvert(Type objectType) => objectType == contract.UnderlyingType;

    /// <inheritdoc />
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        switch (reader.TokenType)
        {
            case JsonToken.StartArray:
                var list = NewList();
                // Populate goes straight to the list contract, so items are read (and forgiven) one by one.
                serializer.Populate(reader, list);
                return list;
            case JsonToken.StartObject:
                return FromIndexKeyedObject(reader, serializer);
            case JsonToken.Null or JsonToken.Undefined:
                return null;
        }
        throw ReadValues.Unreadable(reader, _expected);
    }

    object FromIndexKeyedObject(JsonReader reader, JsonSerializer serializer)
    {
        var path = reader.Path;
        var keyed = new SortedList<int, JToken>();
        var load = (JObject)JToken.ReadFrom(reader);
        foreach (var property in load.Properties())
        {
            if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || keyed.ContainsKey(index))
                throw ReadValues.Unreadable(path, _expected, "an object", load);
            keyed.Add(index, property.Value);
        }
        ReadValues.Departure(path, _expected, keyed.Count == 0 ? "an empty object" : "an index-keyed object");
        var list = (System.Collections.IList)NewList();
        if (keyed.Count == 0) return list;
        // Read as the array it stands for, under the same path, so issues inside name the right place.
        using var items = new JTokenReader(new JArray(keyed.Values), path);
        // Stryker disable once Statement : Populate moves an unstarted reader to its first token itself; the read only says where it starts.
        items.Read();
        serializer.Populate(items, list);
        return list;
    }

    // Stryker disable once NullCoalescing : for every type the converter applies to (List<T> and the types it implements) Newtonsoft's creator makes a List<T>, as Activator does; it is only faster.
    object NewList() => _create?.Invoke() ?? Activator.CreateInstance(_listType)!;

    static string Describe(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(int) || t == typeof(long) => "integer",
            var t when t == typeof(string) => "string",
            var t => t.Name,
        };

    /// <inheritdoc />
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();

    /// <summary>Whether the SDK's list converter applies: a generic collection a <c>List&lt;T&gt;</c> can stand for.</summary>
    public static bool AppliesTo(JsonArrayContract contract) =>
        contract.CollectionItemType is { } item && !contract.UnderlyingType.IsArray &&
        contract.UnderlyingType.IsAssignableFrom(typeof(List<>).MakeGenericType(item));
}
