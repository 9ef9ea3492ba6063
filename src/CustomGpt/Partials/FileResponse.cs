using System.Net.Http.Headers;

namespace CustomGpt;

/// <summary>A downloaded file (a page preview): its bytes as a stream, with its content type and name.</summary>
public partial class FileResponse
{
    /// <summary>The file's media type, e.g. <c>application/pdf</c>, when the server said.</summary>
    public string? ContentType => Header("Content-Type");

    /// <summary>The file's name from <c>Content-Disposition</c>, when the server gave one.</summary>
    public string? FileName
    {
        get
        {
            var disposition = Header("Content-Disposition");
            if (disposition is null || !ContentDispositionHeaderValue.TryParse(disposition, out var parsed)) return null;
            return (parsed.FileNameStar ?? parsed.FileName)?.Trim('"');
        }
    }

    string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
