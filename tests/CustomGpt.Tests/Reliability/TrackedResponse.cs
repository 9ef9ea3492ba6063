using System.Net;

namespace CustomGpt.Tests.Reliability;

/// <summary>An answer that records whether it was disposed: the tests of the answers the SDK discards or hands back.</summary>
internal sealed class TrackedResponse(HttpStatusCode status = HttpStatusCode.OK) : HttpResponseMessage(status)
{
    public bool Disposed { get; private set; }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}
