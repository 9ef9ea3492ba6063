namespace CustomGpt.SpecTool.Diff;

/// <summary>Reads the text of a document from a file path or an http(s) URL.</summary>
public static class DocumentSource
{
    /// <summary>The text behind <paramref name="pathOrUrl"/>.</summary>
    /// <exception cref="SpecDiffException">The file is missing or unreadable, or the server does not answer 2xx.</exception>
    public static async Task<string> ReadAsync(string pathOrUrl, CancellationToken cancellationToken = default)
    {
        try
        {
            if (Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
                using var response = await http.GetAsync(uri, cancellationToken);
                if (!response.IsSuccessStatusCode)
                    throw new SpecDiffException($"cannot read {pathOrUrl}: it answered {(int)response.StatusCode} {response.ReasonPhrase}.");
                return await response.Content.ReadAsStringAsync(cancellationToken);
            }
            if (!File.Exists(pathOrUrl)) throw new SpecDiffException($"cannot read {pathOrUrl}: it does not exist.");
            return await File.ReadAllTextAsync(pathOrUrl, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException or TaskCanceledException)
        {
            throw new SpecDiffException($"cannot read {pathOrUrl}: {e.Message}");
        }
    }
}
