namespace CustomGpt.ContractTests.Live;

/// <summary>Keeps the last response's status, media type and body, so a live case can check the raw body as well as the SDK's reading of it.</summary>
internal sealed class CapturingHandler() : DelegatingHandler(new HttpClientHandler())
{
    public (int Status, string? ContentType, string Body)? Last { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        // Buffered, so the SDK still reads the whole body after this.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        Last = ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(cancellationToken));
        return response;
    }
}
