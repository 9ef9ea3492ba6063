using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CustomGpt.SpecTool.Import;

/// <summary>One text of spec/docs: its section, the path of keys below the section, where it was written.</summary>
/// <param name="Section">The top-level key: <c>tag</c>, <c>api</c>, <c>operations</c>, <c>responses</c> or <c>types</c>.</param>
/// <param name="Keys">The keys below the section, e.g. <c>["Agents.List", "summary"]</c> or <c>["Agent.ProjectName"]</c>.</param>
/// <param name="Text">The description.</param>
/// <param name="Where">The file and line of the last key.</param>
public sealed record DocEntry(string Section, IReadOnlyList<string> Keys, string Text, SourceLocation Where)
{
    /// <summary>The entry's name as written, for messages: <c>operations: Agents.List.summary</c>.</summary>
    public string Name => Keys.Count == 0 ? Section : $"{Section}: {string.Join('.', Keys)}";
}

/// <summary>Reads a spec/docs YAML file into its entries, each with its line.</summary>
public static class DocsFile
{
    /// <summary>The entries of <paramref name="file"/>, in the order written.</summary>
    public static IReadOnlyList<DocEntry> Read(InputFile file)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(file.Text)); }
        catch (YamlException e)
        {
            throw new SpecImportException($"{file.Origin}:{e.Start.Line}: not valid YAML: {e.Message}");
        }
        var entries = new List<DocEntry>();
        if (stream.Documents.Count == 0) return entries;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new SpecImportException($"{file.Origin}:{stream.Documents[0].RootNode.Start.Line}: a docs file is a mapping of sections.");
        foreach (var (key, value) in root.Children)
            Collect(file.Origin, Scalar(file.Origin, key), [], value, entries);
        return entries;
    }

    static void Collect(string origin, string section, List<string> keys, YamlNode node, List<DocEntry> entries)
    {
        switch (node)
        {
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                entries.Add(new DocEntry(section, keys.ToList(), scalar.Value!, new SourceLocation(origin, (int)node.Start.Line)));
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                    Collect(origin, section, [.. keys, Scalar(origin, key)], value, entries);
                break;
            default:
                throw new SpecImportException($"{origin}:{node.Start.Line}: {string.Join('.', keys.Prepend(section))} needs a text here.");
        }
    }

    static string Scalar(string origin, YamlNode key) =>
        key is YamlScalarNode { Value: { Length: > 0 } value } ? value
            : throw new SpecImportException($"{origin}:{key.Start.Line}: a key must be a plain name.");
}
