using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace CustomGpt.Extensions.Tests.Packaging;

/// <summary>
/// The packages as a team receives them: what each holds, and the internal-feed round trip (push to a
/// folder feed, a fresh consumer restores from it, builds for net8.0, runs, prints).
/// </summary>
public sealed class PackageTests(PackedPackages packages, ITestOutputHelper output) : IClassFixture<PackedPackages>
{
    static readonly string[] Frameworks = ["netstandard2.0", "net8.0", "net10.0"];

    [Theory]
    [InlineData("CustomGpt")]
    [InlineData("CustomGpt.Extensions")]
    public void Each_package_carries_its_readme_license_metadata_docs_and_symbols(string id)
    {
        output.WriteLine($"pack of both packages: {packages.PackTime.TotalSeconds:0.0} s");
        using var package = ZipFile.OpenRead(packages.Package(id));
        var files = package.Entries.Select(e => e.FullName).ToList();
        output.WriteLine($"{id}.{packages.Version}.nupkg:\n  " + string.Join("\n  ", files.OrderBy(f => f, StringComparer.Ordinal)));

        Assert.Contains("README.md", files);
        Assert.Contains("icon.png", files);
        foreach (var framework in Frameworks)
        {
            Assert.Contains($"lib/{framework}/{id}.dll", files);
            Assert.Contains($"lib/{framework}/{id}.xml", files);
        }

        var nuspec = Nuspec(package, id);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal(packages.Version, metadata.Element(ns + "version")!.Value);
        var license = metadata.Element(ns + "license")!;
        Assert.Equal(("expression", "MIT"), (license.Attribute("type")!.Value, license.Value));
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.Equal("icon.png", metadata.Element(ns + "icon")!.Value);
        Assert.True(metadata.Element(ns + "description")!.Value.Length > 80, "a description that says what the package does");
        Assert.Contains("customgpt", metadata.Element(ns + "tags")!.Value.Split(' '));
        var repository = metadata.Element(ns + "repository")!;
        Assert.Equal("git", repository.Attribute("type")!.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")!.Value);

        using var symbols = ZipFile.OpenRead(packages.Package(id, "snupkg"));
        var pdbs = symbols.Entries.Select(e => e.FullName).Where(f => f.EndsWith(".pdb", StringComparison.Ordinal)).ToList();
        Assert.Equal(Frameworks.Select(f => $"lib/{f}/{id}.pdb").Order(StringComparer.Ordinal), pdbs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_SDK_package_depends_only_on_NewtonsoftJson_Kiota_and_what_the_framework_lacks()
    {
        using var package = ZipFile.OpenRead(packages.Package("CustomGpt"));
        var nuspec = Nuspec(package, "CustomGpt");
        var dependencies = nuspec.Descendants(nuspec.Root!.Name.Namespace + "dependency").Select(d => d.Attribute("id")!.Value).Distinct().Order(StringComparer.Ordinal);

        // System.Net.ServerSentEvents is in the shared framework from .NET 9 on; older targets take the package.
        Assert.Equal(["Microsoft.Kiota.Abstractions", "Newtonsoft.Json", "System.Net.ServerSentEvents"], dependencies);
    }

    [Fact]
    public void A_consumer_restores_both_packages_from_a_folder_feed_builds_for_net8_and_calls_the_API()
    {
        var clock = Stopwatch.StartNew();
        var feed = Path.Combine(packages.Root, "feed");
        Directory.CreateDirectory(feed);
        foreach (var id in PackedPackages.Ids)
            DotnetCli.Run(packages.Root, ["nuget", "push", packages.Package(id), "--source", feed]);

        var consumer = Path.Combine(packages.Root, "consumer");
        Directory.CreateDirectory(consumer);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Packaging", "Consumer")))
            File.Copy(file, Path.Combine(consumer, Path.GetFileName(file)));
        // The feed beside the machine's own sources, which still serve the packages' dependencies.
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="customgpt-feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        // An unreachable source (a machine offline) is a warning: what the cache holds is enough.
        DotnetCli.Run(consumer, ["build", "-c", "Release", $"-p:CustomGptVersion={packages.Version}", "-p:RestoreIgnoreFailedSources=true", "--disable-build-servers"]);
        var restored = File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json"));
        foreach (var id in PackedPackages.Ids)
            Assert.Contains($"\"{id}/{packages.Version}\"", restored);

        // net8.0: the oldest .NET the packages target, and the asset no other test loads (the rest of the
        // suite runs the net10.0 build). Only the .NET 10 runtime is installed: the consumer runs on it
        // by rolling forward, which still proves the packages' net8.0 assets restore, load and work.
        var net8 = Lines(DotnetCli.Run(consumer, ["bin/Release/net8.0/Consumer.dll"], new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" }));
        AssertCalledTheApi(net8);
        Assert.EndsWith(" .NETCoreApp,Version=v8.0", net8["sdk"]);
        Assert.EndsWith(" .NETCoreApp,Version=v8.0", net8["extensions"]);
        output.WriteLine($"net8.0 consumer ran on: {net8["runtime"]}");

        output.WriteLine($"pack: {packages.PackTime.TotalSeconds:0.0} s; push + restore + build (net8.0) + run: {clock.Elapsed.TotalSeconds:0.0} s");
    }

    void AssertCalledTheApi(IReadOnlyDictionary<string, string> lines)
    {
        Assert.Equal("1042 Product handbook", lines["agent"]);
        Assert.Equal("Open Settings, choose Security, then select Reset password.", lines["answer"]);
        Assert.Equal("9a4d3c1e-7b2f-4e8a-b6d0-3f5c2a1e8d47", lines["conversation"]);
        Assert.Equal("Reset your password <https://docs.example.com/account/password>", lines["source"]);
        // The assemblies are this run's build, packed as they are (the package version adds the run's suffix).
        Assert.StartsWith(packages.BuildVersion + " ", lines["sdk"]);
        Assert.StartsWith(packages.BuildVersion + " ", lines["extensions"]);
    }

    static XDocument Nuspec(ZipArchive package, string id)
    {
        using var stream = package.GetEntry($"{id}.nuspec")!.Open();
        return XDocument.Load(stream);
    }

    // "key: value" lines, as the consumer prints them.
    static Dictionary<string, string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(": ", 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1]);
}
