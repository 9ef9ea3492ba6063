using System.ComponentModel;
using System.Diagnostics;

namespace CustomGpt.SpecTool.Diff;

/// <summary>A file of the working tree as it was at a git ref: what a pull-request check compares the changed spec with.</summary>
/// <param name="Text">The file's content at the ref.</param>
/// <param name="Origin">How the old document is named in reports: <c>origin/main:spec/api.json</c>.</param>
/// <param name="RepositoryPath">The file's path from the repository root, with forward slashes.</param>
public sealed record GitRevision(string Text, string Origin, string RepositoryPath)
{
    /// <summary>Reads <paramref name="path"/> (a file in a git working tree) as it was at <paramref name="gitRef"/>.</summary>
    /// <exception cref="SpecDiffException">git is missing, the file is outside a repository, or the ref or the file at it does not exist.</exception>
    public static GitRevision Read(string gitRef, string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new SpecDiffException($"--base: the folder of {path} does not exist.");
        var (rootExit, root, rootError) = Git(folder, "rev-parse", "--show-toplevel");
        if (rootExit != 0)
            throw new SpecDiffException($"--base needs a git repository, and {path} is not inside one ({rootError.Trim()}).");
        var repositoryPath = Path.GetRelativePath(root.Trim(), full).Replace('\\', '/');
        var (exit, text, error) = Git(folder, "show", $"{gitRef}:{repositoryPath}");
        if (exit != 0)
            throw new SpecDiffException($"--base: cannot read {repositoryPath} at {gitRef}: {error.Trim()}");
        return new GitRevision(text, $"{gitRef}:{repositoryPath}", repositoryPath);
    }

    static (int Exit, string Output, string Error) Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
        catch (Win32Exception e)
        {
            throw new SpecDiffException($"--base needs git on the PATH: {e.Message}");
        }
    }
}
