namespace CustomGpt.Http;

/// <summary>Which response bodies the pipeline reads whole, and how much of them it keeps.</summary>
internal static class ResponseBodies
{
    /// <summary>How much of an error body is kept: enough for any error envelope or proxy page.</summary>
    public const int ErrorBodyBytes = 64 * 1024;

    /// <summary>
    /// JSON answers to the generated methods (prepared with Accept: application/json); never event
    /// streams or file downloads. Read from what the request was prepared for rather than from its
    /// Accept header, which the runtime would parse on every call.
    /// </summary>
    public static bool ShouldBuffer(HttpRequestMessage request, HttpResponseMessage response) =>
        response.Content is not null && RequestContext.ExpectsJson(request) && !IsEventStream(response);

    public static bool IsEventStream(HttpResponseMessage response) =>
        string.Equals(response.Content?.Headers.ContentType?.MediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a JSON body to its end under <paramref name="cancellationToken"/> and puts it back as
    /// buffered content. Past <paramref name="maxBytes"/> (counted after decompression) it throws
    /// <see cref="ResponseTooLargeException"/>; a body that does not decode throws <see cref="UndecodableBodyException"/>.
    /// </summary>
    public static Task BufferAsync(HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken) =>
        ReplaceAsync(response, maxBytes, truncate: false, cancellationToken);

    /// <summary>
    /// Reads the start of an error body (at most <see cref="ErrorBodyBytes"/>) under
    /// <paramref name="cancellationToken"/>, inside the attempt: the status is the answer, so a body
    /// that stalls is bounded by the call's timeouts, and one that breaks off or does not decode
    /// leaves what was read (possibly nothing) rather than hiding the status.
    /// </summary>
    public static async Task BufferErrorStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await ReplaceAsync(response, ErrorBodyBytes, truncate: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or UndecodableBodyException)
        {
            Replace(response, new ByteArrayContent([]));
        }
    }

    static async Task ReplaceAsync(HttpResponseMessage response, int maxBytes, bool truncate, CancellationToken cancellationToken)
    {
        var original = response.Content!;
#if NET5_0_OR_GREATER
        using var body = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var body = await original.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        PooledBodyContent buffered;
        try
        {
            buffered = await PooledBodyContent.ReadAsync(body, original.Headers.ContentLength, maxBytes, truncate, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (UndecodableBodyException.IsDecodingFailure(e, cancellationToken))
        {
            throw new UndecodableBodyException(original.Headers.ContentEncoding, e);
        }
        Replace(response, buffered);
    }

    static void Replace(HttpResponseMessage response, HttpContent buffered)
    {
        var original = response.Content!;
        HeaderCopy.CopyTo(original.Headers, buffered.Headers);
        response.Content = buffered;
        original.Dispose();
    }
}

/// <summary>A body that is not what its Content-Encoding says (e.g. a "gzip" body that is not gzip).</summary>
internal sealed class UndecodableBodyException(ICollection<string> encodings, Exception inner)
    : Exception($"the response body could not be decoded{(encodings.Count == 0 ? "" : $" as {string.Join(", ", encodings)}")}: {inner.Message}", inner)
{
    // The runtime's decompressors fail with InvalidDataException (gzip, deflate) or
    // InvalidOperationException (brotli); neither is a transport failure worth retrying.
    public static bool IsDecodingFailure(Exception e, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && e is InvalidDataException or InvalidOperationException;
}
