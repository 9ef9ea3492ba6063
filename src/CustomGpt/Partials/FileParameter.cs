using CustomGpt.Http;

namespace CustomGpt;

/// <summary>
/// A file to upload (agent or source content, settings images, a profile photo). The SDK streams
/// <see cref="Data"/> into the request as it is sent; the file is never loaded into memory whole.
/// An upload is sent once: a stream cannot be replayed, so a failed upload is never retried.
/// </summary>
public sealed class FileParameter : IDisposable
{
    /// <summary>A file to upload from <paramref name="data"/>, read from its current position to its end.</summary>
    /// <param name="data">The content; disposed with this object (and by the request that sends it).</param>
    /// <param name="fileName">The name the API records, e.g. <c>handbook.pdf</c>; the form field's name when null.</param>
    /// <param name="contentType">The media type, e.g. <c>application/pdf</c>; none is sent when null.</param>
    public FileParameter(Stream data, string? fileName = null, string? contentType = null)
    {
        Data = data ?? throw new ArgumentNullException(nameof(data));
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>
    /// Opens the file at <paramref name="path"/> for upload, named after it, with
    /// <paramref name="contentType"/> or one guessed from the extension. Dispose it after the call.
    /// </summary>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    /// <exception cref="IOException">The file cannot be opened (missing, locked, not readable).</exception>
    public static FileParameter FromPath(string path, string? contentType = null)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("The path is empty.", nameof(path));
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return new FileParameter(stream, Path.GetFileName(path), contentType ?? MediaTypes.FromFileName(path));
    }

    /// <summary>The content to upload.</summary>
    public Stream Data { get; }

    /// <summary>The file name sent with the content.</summary>
    public string? FileName { get; }

    /// <summary>The media type sent with the content.</summary>
    public string? ContentType { get; }

    /// <summary>Closes the stream being uploaded.</summary>
    public void Dispose() => Data.Dispose();
}
