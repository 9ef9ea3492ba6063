namespace CustomGpt.Tests;

/// <summary>Paths of the repository's checked-in files and of the vendor reference copy beside it.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = CustomGpt.SpecTool.RepositoryRoot.Find(AppContext.BaseDirectory);

    public static string Spec => Path.Combine(Root, "spec", "customgpt.openapi.json");
    public static string VendorLock => Path.Combine(Root, "spec", "vendor.lock.json");
    public static string VendorDocument => CustomGpt.SpecTool.RepositoryRoot.VendorDocument(Root);

    /// <summary>The repository's overlays and docs over the vendor document's text.</summary>
    public static CustomGpt.SpecTool.Import.ImportInputs ImportInputs(string vendorText) =>
        CustomGpt.SpecTool.Import.ImportInputs.FromRepository(Root, new("vendor document", vendorText));
}
