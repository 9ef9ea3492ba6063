namespace CustomGpt.Extensions.Tests.Packaging;

/// <summary>The checkout the tests were built from: the first folder above them holding Directory.Build.props and spec/.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Directory.Build.props")) && Directory.Exists(System.IO.Path.Combine(dir.FullName, "spec")))
                return dir.FullName;
        throw new InvalidOperationException($"No repository root above {AppContext.BaseDirectory}.");
    }
}
