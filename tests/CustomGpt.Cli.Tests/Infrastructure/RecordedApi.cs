using CustomGpt.Cli.Sandbox;
using WireMock.Server;

namespace CustomGpt.Cli.Tests.Infrastructure;

/// <summary>
/// A stand-in for the real API that serves only the named recordings (loosened like the sandbox's,
/// so any id matches), for runs with a key set: errors the sandbox would hide behind a success.
/// </summary>
public sealed class RecordedApi : IDisposable
{
    readonly WireMockServer _server = WireMockServer.Start();

    public RecordedApi(params string[] recordingNames)
    {
        var exchanges = RecordingLibrary.Load().Where(e => recordingNames.Contains(e.RecordingName)).ToList();
        Assert.Equal(recordingNames.Order(), exchanges.Select(e => e.RecordingName).Distinct().Order());
        _server.WithMapping(SandboxMappings.Build(exchanges).ToString());
    }

    /// <summary>An environment pointing the CLI here with <paramref name="key"/>.</summary>
    public Dictionary<string, string> Environment(string key = SandboxServer.ApiKey) => new()
    {
        ["CUSTOMGPT_API_KEY"] = key,
        ["CUSTOMGPT_BASE_URL"] = _server.Url!,
    };

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
