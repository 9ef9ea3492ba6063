namespace CustomGpt.Cli.Tests.Infrastructure;

/// <summary>The repository the tests were built from, found upwards from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "README.md")) && Directory.Exists(Path.Combine(folder.FullName, "tools", "CustomGpt.Cli")))
                return folder.FullName;
        throw new InvalidOperationException($"No repository root above {AppContext.BaseDirectory}.");
    }

    public static string ReadMe => File.ReadAllText(Path.Combine(Root, "README.md"));
}
