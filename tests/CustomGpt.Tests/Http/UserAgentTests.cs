using System.Reflection;
using System.Reflection.Emit;
using CustomGpt.Http;

namespace CustomGpt.Tests.Http;

/// <summary>The version the User-Agent names: the SDK's informational version, or its assembly version when it has none.</summary>
public class UserAgentTests
{
    [Fact]
    public void The_sdk_version_is_the_informational_version_without_build_metadata()
    {
        var informational = typeof(CustomGptClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(informational.Split('+')[0], UserAgent.SdkVersion);
        Assert.StartsWith("0.", UserAgent.SdkVersion);
        Assert.DoesNotContain("+", UserAgent.SdkVersion);
        Assert.Equal($"CustomGpt.NET/{informational.Split('+')[0]} my-app/2.0", UserAgent.For("  my-app/2.0 "));
    }

    [Fact]
    public void An_assembly_without_an_informational_version_gives_its_assembly_version()
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("NoInformationalVersion") { Version = new Version(1, 2, 3, 4) }, AssemblyBuilderAccess.Run);
        Assert.Equal("1.2.3.4", UserAgent.VersionOf(assembly));
    }

    [Fact]
    public void Build_metadata_after_a_plus_is_left_out()
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("WithMetadata") { Version = new Version(9, 9) }, AssemblyBuilderAccess.Run);
        assembly.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(AssemblyInformationalVersionAttribute).GetConstructor([typeof(string)])!, ["2.1.0-beta.3+abc123"]));
        Assert.Equal("2.1.0-beta.3", UserAgent.VersionOf(assembly));
    }
}
