using System.Reflection;

namespace CustomGpt.Http;

/// <summary>The User-Agent every request carries: the SDK, its version, and the caller's suffix.</summary>
internal static class UserAgent
{
    /// <summary>The SDK's version as packaged (informational version without build metadata).</summary>
    public static string SdkVersion { get; } = VersionOf(typeof(UserAgent).Assembly);

    /// <summary>
    /// <paramref name="assembly"/>'s informational version without build metadata; its assembly
    /// version when it has none (a build that does not write the attribute).
    /// </summary>
    // Stryker disable once String : a loaded assembly's name always has a version (0.0.0.0 when none was set), so "0.0.0" is never used.
    internal static string VersionOf(Assembly assembly) =>
        (assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
         ?? assembly.GetName().Version?.ToString()
         ?? "0.0.0").Split('+')[0];

    /// <summary>The header value, e.g. <c>CustomGpt.NET/0.1.0 my-app/2.0</c>.</summary>
    public static string For(string? suffix) =>
        string.IsNullOrWhiteSpace(suffix) ? $"CustomGpt.NET/{SdkVersion}" : $"CustomGpt.NET/{SdkVersion} {suffix!.Trim()}";
}
