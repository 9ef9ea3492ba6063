using WireMock.Server;
using WireMock.Settings;

namespace CustomGpt.Cli.Sandbox;

/// <summary>
/// An embedded WireMock.Net server on loopback that answers like the CustomGPT.ai API from the
/// recorded exchanges. Point the SDK at <see cref="Url"/> with <see cref="ApiKey"/>.
/// </summary>
internal sealed class SandboxServer : IDisposable
{
    /// <summary>
    /// The key every recording requires in <c>Authorization: Bearer ...</c>: the one fake credential
    /// the recorder writes wherever a real key was (spec/recordings never hold a real one).
    /// </summary>
    public const string ApiKey = "1234|contract-fake-key-0000000000000000";

    readonly WireMockServer _server;

    SandboxServer(WireMockServer server) => _server = server;

    /// <summary>The base URL to give the SDK, e.g. <c>http://localhost:40201/</c>.</summary>
    public Uri Url => new(_server.Url! + "/");

    /// <summary>Starts a server on a free loopback port with every recording loaded.</summary>
    public static SandboxServer Start()
    {
        // WireMock binds "localhost" (loopback only) on a free port when given none; no admin API.
        var server = WireMockServer.Start(new WireMockServerSettings { StartAdminInterface = false });
        try
        {
            server.WithMapping(SandboxMappings.Build(RecordingLibrary.Load()).ToString());
            return new SandboxServer(server);
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Stops the server.</summary>
    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
