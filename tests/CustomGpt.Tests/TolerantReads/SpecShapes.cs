using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// Reads the spec to find, for every schema an answer (or a streamed event) can hold, one
/// operation that returns it and where in that operation's body it sits; then lists, member by
/// member, the shapes the live API has sent in place of what the spec declares.
/// </summary>
internal static class SpecShapes
{
    public const string MessageStream = "Conversations_SendMessage (stream)";
    public const string ChunkStream = "Conversations_SendMessageOpenAi (stream)";

    public static readonly JObject Spec = JObject.Parse(File.ReadAllText(RepoFiles.Spec));
    public static readonly JObject Schemas = (JObject)Spec["components"]!["schemas"]!;

    /// <summary>Where a schema is read: the operation, its body's root schema, and the path of wire names (ints for list items) to it.</summary>
    public sealed record Host(string Operation, string RootSchema, IReadOnlyList<object> Path);

    /// <summary>Each object schema reachable from a success body or streamed event, with the first host found (operations in spec order).</summary>
    public static readonly IReadOnlyDictionary<string, Host> Hosts = FindHosts();

    /// <summary>The operation ids and the schema of their 2xx JSON body (through components/responses).</summary>
    public static IEnumerable<(string Operation, string Method, string Schema)> SuccessBodies()
    {
        foreach (var path in ((JObject)Spec["paths"]!).Properties())
        foreach (var op in ((JObject)path.Value).Properties().Where(p => p.Value is JObject { } o && o["responses"] != null))
        foreach (var response in ((JObject)op.Value["responses"]!).Properties().Where(r => r.Name.StartsWith('2')))
        {
            var value = response.Value["$ref"] is { } reference ? Spec.SelectToken(Pointer((string)reference!))! : response.Value;
            if (value.SelectToken("content['application/json'].schema.$ref") is { } schema)
                yield return ((string)op.Value["operationId"]!, op.Name, Name((string)schema!));
        }
    }

    static Dictionary<string, Host> FindHosts()
    {
        var hosts = new Dictionary<string, Host>();
        var roots = SuccessBodies().Where(b => OperationCalls.ByOperation.ContainsKey(b.Operation)).Select(b => (b.Operation, b.Schema))
            .Append((MessageStream, "MessageStreamEvent")).Append((ChunkStream, "ChatCompletionChunk"));
        foreach (var (operation, root) in roots) Walk(operation, root, root, [], hosts);
        return hosts;
    }

    static void Walk(string operation, string root, string schema, List<object> path, Dictionary<string, Host> hosts)
    {
        if (hosts.ContainsKey(schema) || Schemas[schema]?["properties"] is not JObject properties) return;
        hosts[schema] = new Host(operation, root, [.. path]);
        foreach (var property in properties.Properties())
        {
            var member = Member((JObject)property.Value);
            if (member.ObjectSchema is { } child) Walk(operation, root, child, [.. path, property.Name, .. member.IsArray ? new object[] { 0 } : []], hosts);
        }
    }

    /// <summary>What a member declares: its JSON type, the object schema it (or its items) refers to, and whether it is a list.</summary>
    public static (string? Type, string? ObjectSchema, bool IsArray, string? ItemType, bool IsEnum, string? Format) Member(JObject declared)
    {
        var (type, reference, format, isEnum) = Resolve(declared);
        if (type == "array" && declared["items"] is JObject items)
        {
            var (itemType, itemRef, _, itemEnum) = Resolve(items);
            return ("array", itemType == "object" ? itemRef : null, true, itemType, itemEnum, null);
        }
        return (type, type == "object" ? reference : null, false, null, isEnum, format);
    }

    static (string? Type, string? Reference, string? Format, bool IsEnum) Resolve(JObject declared)
    {
        var reference = (string?)declared["$ref"] ?? (string?)declared["allOf"]?[0]?["$ref"];
        if (reference is null) return ((string?)declared["type"], null, (string?)declared["format"], declared["enum"] != null);
        var target = (JObject)Schemas[Name(reference)]!;
        var type = (string?)target["type"] ?? (target["properties"] != null ? "object" : null);
        return (type, Name(reference), (string?)target["format"], target["enum"] != null);
    }

    static string Name(string reference) => reference.Split('/').Last();

    static string Pointer(string reference) => "$" + string.Concat(reference.TrimStart('#', '/').Split('/').Select(p => $"['{p}']"));
}
