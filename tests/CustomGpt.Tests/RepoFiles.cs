namespace CustomGpt.Tests;

/// <summary>Paths of the repository's checked-in files and of the vendor reference copy beside it.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = CustomGpt.SpecTool.RepositoryRoot.Find(AppContext.BaseDirectory);

    public static string Spec => Path.Combine(Root, "spec", "customgpt.openapi.json");
    public static string Overlay => Path.Combine(Root, "spec", "overlay.json");
    public static string VendorDocument => CustomGpt.SpecTool.RepositoryRoot.VendorDocument(Root);
}
