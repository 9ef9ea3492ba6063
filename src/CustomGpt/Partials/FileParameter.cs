using CustomGpt.Http;

namespace CustomGpt;

/// <summary>
/// A file to upload (agent or source content, settings images, a profile photo). The SDK streams
/// <see cref="FileParameter.Data"/> into the request as it is sent; the file is never loaded into
/// memory whole.
/// </summary>
public partial class FileParameter : IDisposable
{
    /// <summary>
    /// Opens the file at <paramref name="path"/> for upload, named after it, with
    /// <paramref name="contentType"/> or one guessed from the extension. Dispose it after the call.
    /// </summary>
    public static FileParameter FromPath(string path, string? contentType = null)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("The path is empty.", nameof(path));
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return new FileParameter(stream, Path.GetFileName(path), contentType ?? MediaTypes.FromFileName(path));
    }

    /// <summary>Closes the stream being uploaded.</summary>
    public void Dispose() => Data.Dispose();
}
