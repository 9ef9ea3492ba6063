namespace CustomGpt.SpecTool.Import;

/// <summary>One input file of the import: the name it is reported by, and its text.</summary>
public sealed record InputFile(string Origin, string Text);

/// <summary>
/// Everything the importer combines, in the order it applies them: the vendor document, our
/// corrections of its contract, our names, our descriptions.
/// </summary>
public sealed record ImportInputs(InputFile Vendor, InputFile Corrections, InputFile Names, IReadOnlyList<InputFile> Docs)
{
    /// <summary>The repository's spec/overlays and spec/docs beside <paramref name="vendor"/>, named relative to <paramref name="root"/>.</summary>
    public static ImportInputs FromRepository(string root, InputFile vendor)
    {
        InputFile Read(string relative) => new(relative, File.ReadAllText(Path.Combine(root, relative)));
        var docs = Directory.GetFiles(Path.Combine(root, "spec", "docs"), "*.yaml")
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();
        return new ImportInputs(vendor, Read("spec/overlays/corrections.json"), Read("spec/overlays/names.json"), docs);
    }
}
