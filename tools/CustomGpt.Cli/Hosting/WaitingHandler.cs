using CustomGpt.Cli.Output;

namespace CustomGpt.Cli.Hosting;

/// <summary>Shows the <see cref="WaitIndicator"/> from the moment a request leaves until its answer's headers arrive.</summary>
internal sealed class WaitingHandler(WaitIndicator indicator, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (indicator.Begin(request.RequestUri?.Authority ?? "the API"))
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
