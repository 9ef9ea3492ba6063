using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.ResponseProviders;
using WireMock.Settings;

namespace CustomGpt.ContractTests.Faults;

/// <summary>
/// An answer that breaks off: the status line, the headers and the first part of the body go out,
/// then, <paramref name="holdFor"/> later, the connection is dropped, as when a server crashes or a
/// proxy gives up mid-answer (a short hold), or stalls before it does (a long one). WireMock.Net's
/// own faults always end the response properly, so this provider writes to the connection itself
/// and aborts it.
/// </summary>
public sealed class BreakingOffResponse(int status, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] sentPart, TimeSpan holdFor) : IResponseProvider
{
    /// <summary>
    /// The shortest hold: a flush hands the bytes to the socket's sender, and aborting at once could
    /// discard them, so that the client would see a connection that failed before any answer.
    /// </summary>
    public static readonly TimeSpan SentPartLead = TimeSpan.FromMilliseconds(200);

    public async Task<(IResponseMessage Message, IMapping? Mapping)> ProvideResponseAsync(
        IMapping mapping, HttpContext context, IRequestMessage requestMessage, WireMockServerSettings settings)
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers) context.Response.Headers.Append(name, value);
        await context.Response.Body.WriteAsync(sentPart);
        await context.Response.Body.FlushAsync();
        await Task.Delay(holdFor < SentPartLead ? SentPartLead : holdFor);
        context.Abort();
        // WireMock logs the request, then fails to write this answer onto the dead connection.
        return (new ResponseMessage { StatusCode = status }, null);
    }
}
