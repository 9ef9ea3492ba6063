using System.Diagnostics;
using CustomGpt.Cli.Output;

namespace CustomGpt.Cli.Hosting;

/// <summary>
/// <c>--verbose</c>: one line per HTTP attempt, method, URL, status and time. Headers are never
/// shown, so neither is the key.
/// </summary>
internal sealed class RequestLog(CliOutput output, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        output.Notice($"→ {request.Method} {request.RequestUri}");
        var watch = Stopwatch.StartNew();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            output.Notice($"← {(int)response.StatusCode} {response.ReasonPhrase} in {watch.ElapsedMilliseconds} ms");
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            output.Notice($"← no response after {watch.ElapsedMilliseconds} ms: {e.Message}");
            throw;
        }
    }
}
