using System.CommandLine;
using CustomGpt.Cli.Files;

namespace CustomGpt.Cli.Commands;

/// <summary><c>customgpt pages preview &lt;citation-id&gt;</c>: saves the file behind a citation.</summary>
internal static class PreviewCommand
{
    public static Command Create(CommandRunner runner)
    {
        var citationId = Ids.Of("citation-id", "A citation id from an answer (for an uploaded file, its page id).");
        var output = new Option<string?>("--output", "-o") { Description = "Where to save the file (default: its own name, in the current folder).", HelpName = "path" };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("preview", "Download the document behind a citation and save it.") { citationId, output, force };
        runner.Runs(command, async context =>
        {
            var id = context.Get(citationId);
            var overwrite = context.Get(force);
            if (context.Get(output) is { } chosen) LocalFiles.CheckWritable(context.Host.FullPath(chosen), overwrite, "--output");
            using var preview = await context.Api.Pages.PreviewAsync(id, context.CancellationToken);
            var path = context.Host.FullPath(context.Get(output) ?? SafeName(preview.FileName) ?? $"citation-{id}{Extension(preview.ContentType)}");

            long size;
            await using (var file = LocalFiles.Create(path, overwrite, "--output"))
            {
                try
                {
                    await preview.Stream.CopyToAsync(file, context.CancellationToken);
                }
                catch
                {
                    // Half a document is worse than none: it looks saved.
                    file.Close();
                    File.Delete(path);
                    throw;
                }
                size = file.Length;
            }
            var saved = new SavedFile(path, size, preview.ContentType);
            context.Output.Show(saved, FormattableString.Invariant($"Saved {path} ({size:N0} bytes{(saved.ContentType is null ? "" : ", " + saved.ContentType)})."));
        });
        return command;
    }

    // The server names the file; only its last part is used, so a name cannot climb out of the folder.
    static string? SafeName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : Path.GetFileName(name.Replace('\\', '/')) is { Length: > 0 } leaf && leaf is not ("." or "..") ? leaf : null;

    static string Extension(string? contentType) => contentType?.Split(';')[0].Trim() switch
    {
        "application/pdf" => ".pdf",
        "text/plain" => ".txt",
        "text/html" => ".html",
        _ => ".bin",
    };

    /// <summary>What <c>--json</c> reports about the saved file.</summary>
    sealed record SavedFile(
        [property: Newtonsoft.Json.JsonProperty("path")] string Path,
        [property: Newtonsoft.Json.JsonProperty("bytes")] long Bytes,
        [property: Newtonsoft.Json.JsonProperty("content_type")] string? ContentType);
}
