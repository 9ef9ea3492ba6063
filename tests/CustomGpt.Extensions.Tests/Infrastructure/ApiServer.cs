using WireMock;
using WireMock.Server;

namespace CustomGpt.Extensions.Tests.Infrastructure;

/// <summary>A WireMock.Net server standing in for the API, on a loopback port of its own.</summary>
public sealed class ApiServer : IDisposable
{
    ApiServer(WireMockServer server) => Server = server;

    public WireMockServer Server { get; }

    public Uri Url => new(Server.Url!);

    /// <summary>A server with no mappings yet.</summary>
    public static ApiServer Start() => new(WireMockServer.Start());

    /// <summary>A server replaying the recorded exchanges of <c>Recordings/<paramref name="folder"/></c>.</summary>
    public static ApiServer Replaying(string folder)
    {
        var api = Start();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Recordings", folder), "*.json"))
            api.Server.WithMapping(File.ReadAllText(file));
        return api;
    }

    /// <summary>The requests received for <paramref name="method"/> <paramref name="path"/>.</summary>
    public IReadOnlyList<IRequestMessage> Requests(string method, string path) =>
        Server.LogEntries.Select(e => e.RequestMessage).OfType<IRequestMessage>().Where(r => r.Method == method && r.Path == path).ToList();

    /// <summary>The value of <paramref name="header"/> in <paramref name="request"/>.</summary>
    public static string Header(IRequestMessage request, string header) => request.Headers![header].Single();

    public void Dispose() => Server.Stop();
}
