using System.Diagnostics;
using System.Reflection;

namespace CustomGpt.Extensions.Tests.Packaging;

/// <summary>
/// CustomGpt and CustomGpt.Extensions packed once for the packaging tests, as <c>dotnet pack</c> makes
/// them, into a temp folder: built under an artifacts path of their own (the checkout's bin/ and obj/
/// are left alone), with a version of this run's own (the repo's version plus a unique suffix) so that
/// no package cached by an earlier run can stand in for it.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public static readonly string[] Ids = ["CustomGpt", "CustomGpt.Extensions"];

    public PackedPackages()
    {
        Root = Directory.CreateTempSubdirectory("customgpt-packaging-").FullName;
        PackageDirectory = System.IO.Path.Combine(Root, "packed");
        var repoVersion = typeof(CustomGptClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Version = $"{repoVersion}-roundtrip.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

        // One solution of just the two packages, so they build in one MSBuild run.
        var solution = System.IO.Path.Combine(Root, "packages.slnx");
        File.WriteAllText(solution, "<Solution>\n" + string.Concat(Ids.Select(id =>
            $"  <Project Path=\"{System.IO.Path.Combine(RepositoryRoot.Path, "src", id, id + ".csproj")}\" />\n")) + "</Solution>\n");

        var clock = Stopwatch.StartNew();
        PackOutput = DotnetCli.Run(Root,
            ["pack", solution, "-c", "Release", "-o", PackageDirectory, "--artifacts-path", System.IO.Path.Combine(Root, "build"),
             $"-p:Version={Version}", "--disable-build-servers", "-nologo"]);
        PackTime = clock.Elapsed;
    }

    /// <summary>The temp folder of this run: build output, packages, feed, consumer.</summary>
    public string Root { get; }

    public string PackageDirectory { get; }

    public string Version { get; }

    public string PackOutput { get; }

    public TimeSpan PackTime { get; }

    public string Package(string id, string extension = "nupkg") => System.IO.Path.Combine(PackageDirectory, $"{id}.{Version}.{extension}");

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        // A restore extracted this run's packages into the global packages folder; they serve no one now.
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in Ids)
        {
            var versions = System.IO.Path.Combine(globalPackages, id.ToLowerInvariant());
            var extracted = System.IO.Path.Combine(versions, Version.ToLowerInvariant());
            try
            {
                if (Directory.Exists(extracted)) Directory.Delete(extracted, recursive: true);
                if (Directory.Exists(versions) && !Directory.EnumerateFileSystemEntries(versions).Any()) Directory.Delete(versions);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
