using System.Reflection;

namespace CustomGpt.Tests.Packaging;

/// <summary>
/// The SpecTool packed once as the dotnet tool other teams install, and installed from a folder
/// feed into a temporary tool path, as <c>dotnet tool install --tool-path</c> does it. The pack
/// reuses the build this test run already made (<c>--no-build</c>: the test project references the
/// tool), so the cost is the pack and the install, not a second compilation; the version is this
/// run's own, so no cached package can stand in for it.
/// </summary>
public sealed class InstalledSpecTool : IDisposable
{
    const string PackageId = "CustomGpt.SpecTool";

#if DEBUG
    const string Configuration = "Debug";
#else
    const string Configuration = "Release";
#endif

    public InstalledSpecTool()
    {
        Root = Directory.CreateTempSubdirectory("customgpt-spectool-").FullName;
        Feed = Path.Combine(Root, "feed");
        var repoVersion = typeof(CustomGpt.SpecTool.SpecToolCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Version = $"{repoVersion}-toolcheck.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var project = Path.Combine(RepoFiles.Root, "tools", "CustomGpt.SpecTool", "CustomGpt.SpecTool.csproj");
        ProcessRun.Dotnet(Root, "pack", project, "-c", Configuration, "--no-build", "-o", Feed, $"-p:Version={Version}", "-nologo");
        ToolPath = Path.Combine(Root, "tools");
        InstallOutput = ProcessRun.Dotnet(Root, "tool", "install", "--tool-path", ToolPath, "--add-source", Feed, PackageId, "--version", Version);
        Work = Directory.CreateDirectory(Path.Combine(Root, "work")).FullName;
    }

    /// <summary>The temp folder: feed, tool path, work folder.</summary>
    public string Root { get; }

    /// <summary>The folder feed the package was packed into.</summary>
    public string Feed { get; }

    /// <summary>This run's package version.</summary>
    public string Version { get; }

    /// <summary>Where the tool is installed.</summary>
    public string ToolPath { get; }

    /// <summary>What <c>dotnet tool install</c> printed.</summary>
    public string InstallOutput { get; }

    /// <summary>A folder outside any repository to run the tool in.</summary>
    public string Work { get; }

    /// <summary>Runs the installed <c>customgpt-spec</c> in <see cref="Work"/>.</summary>
    public ProcessRun.Result Run(params string[] args) =>
        ProcessRun.Run(Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "customgpt-spec.exe" : "customgpt-spec"), Work, args, TimeSpan.FromMinutes(1));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
