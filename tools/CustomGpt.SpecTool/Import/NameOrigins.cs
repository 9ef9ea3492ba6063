using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Where each of our decisions was made: the overlay line that named a type, gave an operation its
/// id, declared a tag or added a schema. A missing description is reported there when the docs
/// have no entry nearer to it.
/// </summary>
public sealed class NameOrigins
{
    readonly Dictionary<string, SourceLocation> _types = new(StringComparer.Ordinal);
    readonly Dictionary<string, SourceLocation> _operations = new(StringComparer.Ordinal);
    readonly Dictionary<string, SourceLocation> _tags = new(StringComparer.Ordinal);

    /// <summary>Notes the names an overlay action's update gives or adds (the first mention wins).</summary>
    public void Record(string target, JToken update, SourceLocation where)
    {
        foreach (var property in Properties(update))
        {
            if (property.Name == SchemaNamer.NameExtension && property.Value.Type == JTokenType.String) _types.TryAdd((string)property.Value!, where);
            if (property.Name == "operationId" && property.Value.Type == JTokenType.String) _operations.TryAdd((string)property.Value!, where);
        }
        if (target == "$.components.schemas" && update is JObject schemas)
            foreach (var added in schemas.Properties()) _types.TryAdd(added.Name, where);
        if (target == "$" && update["tags"] is JArray tags)
            foreach (var tag in tags.OfType<JObject>())
                if ((string?)tag["name"] is { } name) _tags.TryAdd(name, where);
    }

    /// <summary>Every property of every object in <paramref name="token"/>, itself included.</summary>
    internal static IEnumerable<JProperty> Properties(JToken token) =>
        token is JContainer container ? container.DescendantsAndSelf().OfType<JObject>().SelectMany(o => o.Properties()) : [];

    /// <summary>Where the type <paramref name="name"/> was named or added, if by us.</summary>
    public SourceLocation? Type(string name) => _types.TryGetValue(name, out var l) ? l : null;
    /// <summary>Where the operation id <paramref name="id"/> was given.</summary>
    public SourceLocation? Operation(string id) => _operations.TryGetValue(id, out var l) ? l : null;
    /// <summary>Where the tag <paramref name="name"/> was declared.</summary>
    public SourceLocation? Tag(string name) => _tags.TryGetValue(name, out var l) ? l : null;
}
