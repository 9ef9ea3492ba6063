namespace CustomGpt.SpecTool;

/// <summary>Finds the repository (the folder with Generated.sln) and the vendor reference copy beside it.</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder at or above <paramref name="start"/> (default: the working directory) that holds Generated.sln, else the working directory.</summary>
    public static string Find(string? start = null) => TryFind(start) ?? Directory.GetCurrentDirectory();

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds Generated.sln, or null outside the SDK's repository.</summary>
    public static string? TryFind(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Generated.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>The vendor's published document, kept outside the project as reference data.</summary>
    public static string VendorDocument(string root) => Path.Combine(root, "..", "shared", "customgpt", "openapi.json");

    /// <summary>
    /// The value of a path option, or its default inside the repository; outside it, an error that
    /// names the option, since a tool installed elsewhere has no repository to default to.
    /// </summary>
    /// <exception cref="OutsideRepositoryException">No value was given and there is no repository.</exception>
    public static string PathOption(string? given, string option, Func<string, string> defaultInRepository) =>
        given ?? (TryFind() is { } root
            ? defaultInRepository(root)
            : throw new OutsideRepositoryException($"{option} is required outside the CustomGpt .NET repository (no Generated.sln in {Directory.GetCurrentDirectory()} or above)."));
}

/// <summary>A verb run outside the repository lacks a path it would otherwise default to.</summary>
public sealed class OutsideRepositoryException(string message) : Exception(message);
