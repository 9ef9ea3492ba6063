namespace CustomGpt.SpecTool;

/// <summary>Finds the repository (the folder with Generated.sln) and the vendor reference copy beside it.</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder at or above the working directory that holds Generated.sln.</summary>
    public static string Find(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Generated.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    /// <summary>The vendor's published document, kept outside the project as reference data.</summary>
    public static string VendorDocument(string root) => Path.Combine(root, "..", "shared", "customgpt", "openapi.json");
}
