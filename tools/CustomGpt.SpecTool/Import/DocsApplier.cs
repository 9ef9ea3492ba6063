using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// Writes our descriptions (spec/docs/*.yaml) into the named document. Keys are our names, not
/// JSONPath into the vendor's layout: <c>Agent.ProjectName</c> is a property of the component
/// <c>Agent</c>, <c>Agents.List.page</c> a parameter of the operation <c>Agents_List</c>, so a
/// vendor document that moves a schema around leaves the docs alone.
/// </summary>
/// <remarks>
/// Sections: <c>tag</c> (the description of the tag named like the file), <c>api</c> (the
/// document's <c>description</c>, <c>servers</c> by URL, <c>securitySchemes</c> by name),
/// <c>operations</c> (<c>Area.Verb</c> with <c>summary</c> and <c>description</c>;
/// <c>Area.Verb.param</c>; <c>Area.Verb.status</c> for a response declared on the operation),
/// <c>responses</c> (components/responses by name) and <c>types</c> (<c>Type</c>,
/// <c>Type.Member</c> for a property or an enum member). A key that names nothing, or a target described twice, fails the import
/// with the file and line of every such entry.
/// </remarks>
public static class DocsApplier
{
    /// <summary>Applies every entry of <paramref name="files"/> to <paramref name="document"/>; returns where each owner is described.</summary>
    public static DocsIndex Apply(JObject document, IEnumerable<InputFile> files)
    {
        var index = new DocsIndex();
        var errors = new List<string>();
        var written = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var operations = OperationGuard.Operations(document)
            .Where(o => o.Operation["operationId"]?.Type == JTokenType.String)
            .ToDictionary(o => ((string)o.Operation["operationId"]!).Replace('_', '.'), o => o.Operation, StringComparer.Ordinal);

        foreach (var file in files)
        foreach (var entry in DocsFile.Read(file))
        {
            var tag = Path.GetFileNameWithoutExtension(file.Origin);
            var resolved = Resolve(document, operations, tag, entry, index);
            if (resolved.Error is { } error) { errors.Add($"{entry.Where}: {error}"); continue; }
            var (node, key, id) = (resolved.Node!, resolved.Key!, resolved.Id!);
            if (!written.TryAdd(id, entry.Where)) { errors.Add($"{entry.Where}: {entry.Name} describes what {written[id]} describes already."); continue; }
            if (resolved.Member >= 0) EnumDescriptions.Set(node, resolved.Member, entry.Text);
            else Describe(node, key, entry.Text);
        }
        if (errors.Count > 0)
            throw new SpecImportException("spec/docs has entries that describe nothing in the named document:\n  " + string.Join("\n  ", errors));
        return index;
    }

    sealed record Resolution(JObject? Node, string? Key, string? Id, string? Error, int Member = -1)
    {
        public static Resolution Of(JObject node, string key, string id) => new(node, key, id, null);
        public static Resolution OfEnumMember(JObject node, int member, string id) => new(node, EnumDescriptions.Extension, id, null, member);
        public static Resolution Fail(string error) => new(null, null, null, error);
    }

    static Resolution Resolve(JObject document, Dictionary<string, JObject> operations, string tag, DocEntry entry, DocsIndex index)
    {
        var keys = entry.Keys;
        switch (entry.Section, keys.Count)
        {
            case ("tag", 0):
                return (document["tags"] as JArray)?.OfType<JObject>().FirstOrDefault(t => (string?)t["name"] == tag) is { } tagObject
                    ? Resolution.Of(tagObject, "description", $"tag {tag}")
                    : Resolution.Fail($"there is no tag {tag} (the file name) in the named document.");
            case ("api", 1) when keys[0] == "description" && document["info"] is JObject info:
                return Resolution.Of(info, "description", "info");
            case ("api", 2) when keys[0] == "servers":
                return (document["servers"] as JArray)?.OfType<JObject>().FirstOrDefault(s => (string?)s["url"] == keys[1]) is { } server
                    ? Resolution.Of(server, "description", $"server {keys[1]}")
                    : Resolution.Fail($"no server has the URL {keys[1]}.");
            case ("api", 2) when keys[0] == "securitySchemes":
                return document["components"]?["securitySchemes"]?[keys[1]] is JObject scheme
                    ? Resolution.Of(scheme, "description", $"security scheme {keys[1]}")
                    : Resolution.Fail($"there is no security scheme {keys[1]}.");
            case ("operations", _):
                return ResolveOperation(operations, entry, index);
            case ("responses", 1):
                return document["components"]?["responses"]?[keys[0]] is JObject response
                    ? Resolution.Of(response, "description", $"response {keys[0]}")
                    : Resolution.Fail($"there is no shared response {keys[0]} in components/responses.");
            case ("types", 1):
                return ResolveType(document, entry, index);
            default:
                return Resolution.Fail($"{entry.Name} is not a docs key (sections: tag, api, operations, responses, types; see spec/README.md).");
        }
    }

    static Resolution ResolveOperation(Dictionary<string, JObject> operations, DocEntry entry, DocsIndex index)
    {
        var parts = entry.Keys[0].Split('.');
        var name = string.Join('.', parts.Take(2));
        if (parts.Length < 2 || !operations.TryGetValue(name, out var operation))
            return Resolution.Fail($"{entry.Keys[0]} names no operation (an operation is Area.Verb for the operationId Area_Verb).");
        index.NoteOperation(name, entry.Where);
        switch (parts.Length, entry.Keys.Count)
        {
            case (2, 2) when entry.Keys[1] is "summary" or "description":
                return Resolution.Of(operation, entry.Keys[1], $"{name} {entry.Keys[1]}");
            case (2, _):
                return Resolution.Fail($"{entry.Name}: an operation takes summary: and description: below it.");
            case (3, 1) when int.TryParse(parts[2], out _):
                if (operation["responses"]?[parts[2]] is not JObject response)
                    return Resolution.Fail($"{name} declares no response {parts[2]}.");
                return (string?)response["$ref"] is { } shared
                    ? Resolution.Fail($"{entry.Keys[0]} is the shared response {shared.Split('/')[^1]}; describe it under responses.")
                    : Resolution.Of(response, "description", $"{name} response {parts[2]}");
            case (3, 1):
                var matches = (operation["parameters"] as JArray ?? []).OfType<JObject>().Where(p => (string?)p["name"] == parts[2]).ToList();
                return matches.Count == 1
                    ? Resolution.Of(matches[0], "description", $"{name} parameter {parts[2]}")
                    : Resolution.Fail($"{name} has {(matches.Count == 0 ? "no" : "more than one")} parameter {parts[2]} " +
                                      $"(its parameters: {string.Join(", ", (operation["parameters"] as JArray ?? []).Select(p => (string?)p["name"]))}).");
            default:
                return Resolution.Fail($"{entry.Name} is not Area.Verb, Area.Verb.parameter or Area.Verb.status.");
        }
    }

    static Resolution ResolveType(JObject document, DocEntry entry, DocsIndex index)
    {
        var parts = entry.Keys[0].Split('.');
        if (document["components"]?["schemas"]?[parts[0]] is not JObject schema)
            return Resolution.Fail($"{entry.Keys[0]} names no type: there is no component schema {parts[0]}.");
        index.NoteType(parts[0], entry.Where);
        if (parts.Length == 1) return Resolution.Of(schema, "description", $"type {parts[0]}");
        if (parts.Length > 2) return Resolution.Fail($"{entry.Keys[0]} is not Type or Type.Member.");

        if (schema["enum"] is JArray)
        {
            var names = EnumDescriptions.MemberNames(schema);
            var member = names.IndexOf(parts[1]);
            return member >= 0
                ? Resolution.OfEnumMember(schema, member, $"enum member {parts[0]}.{parts[1]}")
                : Resolution.Fail($"{parts[0]} has no member {parts[1]} (its members: {string.Join(", ", names)}).");
        }

        var members = (schema["properties"] as JObject)?.Properties().ToList() ?? [];
        var property = members.Where(p => MemberNames.Of(p.Name) == parts[1]).ToList();
        if (property.Count == 1 && property[0].Value is JObject propertySchema)
            return Resolution.Of(propertySchema, "description", $"property {parts[0]}.{property[0].Name}");
        if (property.Count > 1)
            return Resolution.Fail($"{entry.Keys[0]} is ambiguous: {string.Join(" and ", property.Select(p => p.Name))} share the member name.");
        return Resolution.Fail($"{parts[0]} has no member {parts[1]} (its members: {string.Join(", ", members.Select(p => MemberNames.Of(p.Name)))}).");
    }

    // A property that is a bare reference takes its description beside the reference in a
    // one-entry allOf, as SchemaNamer keeps every use-site keyword: OpenAPI 3.0 ignores the
    // siblings of a $ref.
    static void Describe(JObject node, string key, string text)
    {
        if (key == "description" && node.Count == 1 && node["$ref"] != null)
            node.Replace(new JObject { ["allOf"] = new JArray(node.DeepClone()), ["description"] = text });
        else
            node[key] = text;
    }
}

/// <summary>Where spec/docs speaks of each type and operation, to point a missing description at its neighbours.</summary>
public sealed class DocsIndex
{
    readonly Dictionary<string, SourceLocation> _types = new(StringComparer.Ordinal);
    readonly Dictionary<string, SourceLocation> _operations = new(StringComparer.Ordinal);

    internal void NoteType(string name, SourceLocation where) => _types.TryAdd(name, where);
    internal void NoteOperation(string name, SourceLocation where) => _operations.TryAdd(name, where);

    /// <summary>The first docs entry of the type <paramref name="name"/> or one of its members.</summary>
    public SourceLocation? Type(string name) => _types.TryGetValue(name, out var l) ? l : null;
    /// <summary>The first docs entry of the operation <paramref name="name"/> (Area.Verb) or one of its parts.</summary>
    public SourceLocation? Operation(string name) => _operations.TryGetValue(name, out var l) ? l : null;
}
