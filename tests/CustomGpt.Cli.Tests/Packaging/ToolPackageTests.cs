using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using CustomGpt.Cli.Tests.Infrastructure;
using CustomGpt.Extensions.Tests.Packaging;

namespace CustomGpt.Cli.Tests.Packaging;

/// <summary>
/// The CLI as a .NET tool package: packed from this build (<c>--no-build</c>; the CLI is built before
/// these tests), with its README, icon and metadata, installed from a folder feed and run by name.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    readonly string _root = Directory.CreateTempSubdirectory("customgpt-tool-").FullName;
    // This run's own version, so no tool package cached by an earlier run can stand in for this one.
    readonly string _version = $"{BuildVersion}.tooltest.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    static string BuildVersion => typeof(CustomGptCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public async Task The_tool_package_carries_readme_and_icon_installs_from_a_feed_and_runs_by_name()
    {
        var feed = Path.Combine(_root, "feed");
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        DotnetCli.Run(_root, ["pack", Path.Combine(Repository.Root, "tools", "CustomGpt.Cli", "CustomGpt.Cli.csproj"), "-c", configuration, "--no-build",
            "-o", feed, $"-p:NuspecOutputPath={Path.Combine(_root, "nuspec")}{Path.DirectorySeparatorChar}", $"-p:Version={_version}", "-nologo", "--disable-build-servers"]);

        using (var package = ZipFile.OpenRead(Path.Combine(feed, $"CustomGpt.Cli.{_version}.nupkg")))
        {
            var files = package.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("README.md", files);
            Assert.Contains("icon.png", files);
            Assert.Contains("tools/net10.0/any/CustomGpt.Cli.dll", files);
            using var stream = package.GetEntry("CustomGpt.Cli.nuspec")!.Open();
            var nuspec = XDocument.Load(stream);
            XNamespace ns = nuspec.Root!.Name.Namespace;
            var metadata = nuspec.Root.Element(ns + "metadata")!;
            Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
            Assert.Equal("icon.png", metadata.Element(ns + "icon")!.Value);
            Assert.Equal("DotnetTool", metadata.Descendants(ns + "packageType").Single().Attribute("name")!.Value);
        }
        // The README the package shows is the tool's own, not the SDK's.
        Assert.Contains("customgpt", File.ReadAllText(Path.Combine(Repository.Root, "tools", "CustomGpt.Cli", "README.md")));

        // Only the folder feed: the tool has no dependencies, and nothing reaches a network.
        var config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(_root, "tools");
        DotnetCli.Run(_root, ["tool", "install", "CustomGpt.Cli", "--tool-path", tools, "--version", _version, "--configfile", config],
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") });

        var installed = Path.Combine(tools, OperatingSystem.IsWindows() ? "customgpt.exe" : "customgpt");
        var version = await CliProcess.RunAsync(["--version"], executable: installed);
        Assert.Equal((0, typeof(CustomGptCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion + "\n"), (version.ExitCode, version.Out));
        var usage = await CliProcess.RunAsync(["agents", "show", "abc"], executable: installed);
        Assert.Equal((2, "", "error: agent id must be a number, got 'abc'\nRun 'customgpt agents show --help' for usage.\n"), (usage.ExitCode, usage.Out, usage.Error));
    }
}
