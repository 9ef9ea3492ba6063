using System.Net;
using System.Net.Sockets;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using WireMock.Server;
using WireMock.Settings;

namespace CustomGpt.SpecTool.Record;

/// <summary>
/// A WireMock.Net proxy on loopback that forwards every request to the target API and keeps each
/// exchange in memory (never on disk unredacted) until <see cref="RecordingWriter"/> writes it.
/// </summary>
public sealed class Recorder : IDisposable
{
    readonly WireMockServer _server;

    Recorder(WireMockServer server) => _server = server;

    /// <summary>Where to point the SDK, e.g. <c>http://127.0.0.1:9091</c>.</summary>
    public string Url => _server.Url!;

    /// <summary>Starts recording <paramref name="target"/> on 127.0.0.1 at <paramref name="port"/> (a free port when 0).</summary>
    public static Recorder Start(Uri target, int port = 0)
    {
        var settings = new WireMockServerSettings
        {
            // Loopback only: the proxy forwards the caller's real key.
            Urls = [$"http://127.0.0.1:{(port == 0 ? FreePort() : port)}"],
            ProxyAndRecordSettings = new ProxyAndRecordSettings { Url = target.AbsoluteUri.TrimEnd('/'), SaveMapping = true, SaveMappingToFile = false },
        };
        return new Recorder(WireMockServer.Start(settings));
    }

    /// <summary>The exchanges recorded so far, oldest first, as WireMock.Net mapping JSON.</summary>
    public IReadOnlyList<JObject> Recorded() =>
        _server.MappingModels.Where(m => m.Response?.ProxyUrl is null)
            .OrderBy(m => m.UpdatedAt)
            .Select(m => JObject.Parse(JsonConvert.SerializeObject(m, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore, DateParseHandling = DateParseHandling.None })))
            .ToList();

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
