using CustomGpt.Cli.Commands;
using CustomGpt.Cli.Files;
using CustomGpt.Cli.Output;
using Spectre.Console;

namespace CustomGpt.Cli.Uploads;

/// <summary>
/// Sends a local file through the SDK, showing on stderr how much has been sent: a live bar in a
/// terminal, a line per quarter otherwise (a log or a test has no cursor to move).
/// </summary>
internal static class FileUpload
{
    /// <param name="context">The running command.</param>
    /// <param name="path">The file, relative to the working directory or absolute.</param>
    /// <param name="send">The SDK call that uploads it.</param>
    public static async Task<T> SendAsync<T>(CommandContext context, string path, Func<FileParameter, Task<T>> send)
    {
        var fullPath = context.Host.FullPath(path);
        LocalFiles.CheckReadable(fullPath, "--file");
        // FromPath names the upload and finds its content type; the progress view wraps its stream.
        using var file = LocalFiles.Read(fullPath, () => FileParameter.FromPath(fullPath));
        var name = file.FileName ?? Path.GetFileName(fullPath);
        var size = file.Data.Length;

        Task<T> Send(Action<long> onSent)
        {
            var counted = new ProgressStream(file.Data, onSent);
            return send(new FileParameter(counted, file.FileName, file.ContentType));
        }

        var output = context.Output;
        if (!output.Notices.Profile.Capabilities.Interactive)
            return await Send(new QuarterLines(output, name, size).Report);

        var result = default(T)!;
        // The bar shows the wait already; a spinner on the same line would fight it.
        using var quiet = output.Waiting?.Suppress();
        await output.Notices.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape($"Uploading {name}"), maxValue: Math.Max(size, 1));
                result = await Send(sent => task.Value = sent);
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>Progress as plain lines: one each time another quarter of the file has been sent.</summary>
    sealed class QuarterLines(CliOutput output, string name, long size)
    {
        int _quartersShown;

        public void Report(long sent)
        {
            var quarters = size == 0 ? 4 : (int)Math.Min(4, sent * 4 / size);
            if (quarters <= _quartersShown) return;
            _quartersShown = quarters;
            output.Notice(FormattableString.Invariant($"Uploading {name}: {quarters * 25}% ({sent:N0} of {size:N0} bytes)"));
        }
    }
}
