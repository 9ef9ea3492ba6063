using System.Diagnostics;
using System.Reflection;

namespace CustomGpt.Extensions.Tests.Packaging;

/// <summary>
/// CustomGpt and CustomGpt.Extensions packed once for the packaging tests into a temp folder, from the
/// assemblies this test run was built with (<c>dotnet pack --no-build</c>: every target framework of
/// both is built before this project, see its project file), so the packages hold exactly what the
/// other tests exercised and packing costs no second build. Their version is this run's own (the
/// build's version plus a unique suffix), so no package an earlier run left in a NuGet cache can stand
/// in for them.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public static readonly string[] Ids = ["CustomGpt", "CustomGpt.Extensions"];

    public PackedPackages()
    {
        Root = Directory.CreateTempSubdirectory("customgpt-packaging-").FullName;
        PackageDirectory = System.IO.Path.Combine(Root, "packed");
        var assembly = typeof(CustomGptClient).Assembly;
        BuildVersion = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Version = $"{BuildVersion}.roundtrip.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var configuration = typeof(PackedPackages).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

        // One solution of just the two packages, so they pack in one MSBuild run.
        var solution = System.IO.Path.Combine(Root, "packages.slnx");
        File.WriteAllText(solution, "<Solution>\n" + string.Concat(Ids.Select(id =>
            $"  <Project Path=\"{System.IO.Path.Combine(RepositoryRoot.Path, "src", id, id + ".csproj")}\" />\n")) + "</Solution>\n");

        var clock = Stopwatch.StartNew();
        // The nuspec files go to the temp folder too: nothing of the checkout is written.
        PackOutput = DotnetCli.Run(Root,
            ["pack", solution, "-c", configuration, "--no-build", "-o", PackageDirectory, $"-p:NuspecOutputPath={System.IO.Path.Combine(Root, "nuspec")}{System.IO.Path.DirectorySeparatorChar}",
             $"-p:Version={Version}", "--disable-build-servers", "-nologo"]);
        PackTime = clock.Elapsed;
    }

    /// <summary>The temp folder of this run: build output, packages, feed, consumer.</summary>
    public string Root { get; }

    public string PackageDirectory { get; }

    /// <summary>The packages' version: <see cref="BuildVersion"/> and this run's suffix.</summary>
    public string Version { get; }

    /// <summary>The version the assemblies were built with (Directory.Build.props), e.g. <c>0.1.0-dev.21</c>.</summary>
    public string BuildVersion { get; }

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
