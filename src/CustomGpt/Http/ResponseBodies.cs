namespace CustomGpt.Http;

/// <summary>Which response bodies the pipeline reads whole, and how.</summary>
internal static class ResponseBodies
{
    /// <summary>JSON answers to the generated methods (Accept: application/json); never event streams or file downloads.</summary>
    public static bool ShouldBuffer(HttpRequestMessage request, HttpResponseMessage response) =>
        response.Content is not null
        && request.Headers.Accept.Count > 0
        && request.Headers.Accept.All(a => string.Equals(a.MediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        && !string.Equals(response.Content.Headers.ContentType?.MediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the body to its end under <paramref name="cancellationToken"/> and puts it back as buffered content.</summary>
    public static async Task BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content!;
#if NET5_0_OR_GREATER
        using var body = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var body = await original.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        var buffered = await PooledBodyContent.ReadAsync(body, original.Headers.ContentLength, cancellationToken).ConfigureAwait(false);
        foreach (var header in original.Headers) buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        response.Content = buffered;
        original.Dispose();
    }
}
