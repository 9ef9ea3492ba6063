namespace CustomGpt.Http;

/// <summary>The media types of the API's answers, and that of an upload, guessed from its file name for the formats the API indexes.</summary>
internal static class MediaTypes
{
    /// <summary>The answer of every generated method.</summary>
    public const string Json = "application/json";

    /// <summary>A streamed answer (server-sent events).</summary>
    public const string EventStream = "text/event-stream";

    static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".txt"] = "text/plain",
        [".md"] = "text/markdown",
        [".csv"] = "text/csv",
        [".html"] = "text/html",
        [".htm"] = "text/html",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".mp3"] = "audio/mpeg",
        [".mp4"] = "video/mp4",
    };

    /// <summary>The media type for <paramref name="fileName"/>'s extension; application/octet-stream when unknown.</summary>
    public static string FromFileName(string fileName) =>
        ByExtension.TryGetValue(Path.GetExtension(fileName), out var type) ? type : "application/octet-stream";
}
