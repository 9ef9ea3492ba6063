using System.Net;
using System.Net.Sockets;

namespace CustomGpt.ContractTests.Faults;

/// <summary>A local address nothing listens on, so that connecting to it is refused.</summary>
public static class ClosedPort
{
    /// <summary>A port the system just handed out and that has been closed again: free, not listening.</summary>
    public static Uri NewBaseUrl()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
