using System.Net.Http.Headers;

namespace CustomGpt;

/// <summary>
/// A downloaded file (a page preview): its bytes as a stream, read from the network as you read it,
/// with its media type and name. Dispose it to release the connection.
/// </summary>
public sealed class FileResponse : IDisposable
{
    readonly IDisposable _response;
    readonly IDisposable _request;

    internal FileResponse(Stream stream, HttpContentHeaders headers, IDisposable response, IDisposable request)
    {
        Stream = stream;
        _response = response;
        _request = request;
        ContentType = headers.ContentType?.MediaType;
        ContentLength = headers.ContentLength;
        FileName = headers.ContentDisposition is { } disposition ? (disposition.FileNameStar ?? disposition.FileName)?.Trim('"') : null;
    }

    /// <summary>The file's bytes.</summary>
    public Stream Stream { get; }

    /// <summary>The file's media type, e.g. <c>application/pdf</c>, when the server said.</summary>
    public string? ContentType { get; }

    /// <summary>The file's length in bytes, when the server said.</summary>
    public long? ContentLength { get; }

    /// <summary>The file's name from <c>Content-Disposition</c>, when the server gave one.</summary>
    public string? FileName { get; }

    /// <summary>Closes the stream and the response behind it.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        _response.Dispose();
        _request.Dispose();
    }
}
