using System.Reflection;
using System.Text.RegularExpressions;

namespace CustomGpt.Extensions.Tests.Packaging;

/// <summary>
/// One base version in Directory.Build.props; a release build is exactly it, any other build a
/// prerelease of it, so a package packed on a developer's machine never shares a release's version.
/// </summary>
public sealed class VersioningTests
{
    static string Props => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Directory.Build.props"));

    static string BaseVersion => Regex.Match(Props, "<VersionPrefix>([^<]+)</VersionPrefix>").Groups[1].Value;

    [Fact]
    public void The_base_version_is_set_once()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", BaseVersion);
        Assert.Single(Regex.Matches(Props, "<VersionPrefix>"));
        Assert.DoesNotMatch("<Version>[0-9]", Props);
    }

    [Fact]
    public void This_build_is_a_prerelease_of_the_base_version_with_its_commit()
    {
        var version = typeof(CustomGptClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        // The sha is the commit SourceLink found; a checkout without git would have none and height 0.
        Assert.Matches($@"^{Regex.Escape(BaseVersion)}-dev\.\d+\+[0-9a-f]{{40}}$", version);
    }

    [Fact]
    public void A_release_build_is_the_base_version_and_a_local_one_counts_commits()
    {
        var project = Path.Combine(RepositoryRoot.Path, "src", "CustomGpt", "CustomGpt.csproj");
        string PackageVersion(params string[] properties) =>
            DotnetCli.Run(RepositoryRoot.Path, ["msbuild", project, "-nologo", "-p:TargetFramework=net10.0", "-t:CustomGptVersion", "-getProperty:PackageVersion", .. properties]).Trim();

        Assert.Equal(BaseVersion, PackageVersion("-p:CustomGptRelease=true"));
        Assert.Matches($@"^{Regex.Escape(BaseVersion)}-dev\.[1-9]\d*$", PackageVersion());
    }

    [Fact]
    public void A_release_without_a_project_url_is_refused()
    {
        var project = Path.Combine(RepositoryRoot.Path, "src", "CustomGpt", "CustomGpt.csproj");
        var error = Assert.Throws<InvalidOperationException>(() => DotnetCli.Run(RepositoryRoot.Path,
            ["msbuild", project, "-nologo", "-p:TargetFramework=net10.0", "-t:CustomGptReleaseNeedsProjectUrl", "-p:CustomGptRelease=true", "-p:PackageProjectUrl=", "-p:PrivateRepositoryUrl="]));
        Assert.Contains("A release package needs a project URL", error.Message);
    }
}
