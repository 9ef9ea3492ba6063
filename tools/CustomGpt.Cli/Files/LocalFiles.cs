namespace CustomGpt.Cli.Files;

/// <summary>
/// Opens the files a command reads or writes, turning .NET's "Could not find a part of the path" into
/// what is wrong: no such file, a folder where a file was expected, a missing folder, a file already
/// there, a place that cannot be written.
/// </summary>
internal static class LocalFiles
{
    /// <summary>What can be known before a download starts, so none is fetched in vain.</summary>
    /// <param name="path">The full path to write.</param>
    /// <param name="overwrite">Whether <c>--force</c> was given.</param>
    /// <param name="option">The option that named the path, for the advice.</param>
    public static void CheckWritable(string path, bool overwrite, string option)
    {
        if (Directory.Exists(path)) throw new FileProblemException($"{path} is a folder: give {option} a file path, such as {Path.Combine(path, "document.pdf")}.");
        var folder = Path.GetDirectoryName(path);
        if (folder is not null && !Directory.Exists(folder)) throw new FileProblemException($"cannot write {path}: the folder {folder} does not exist. Create it or choose another {option}.");
        if (!overwrite && File.Exists(path)) throw Exists(path, option);
    }

    /// <summary>Creates <paramref name="path"/> for writing, refusing to replace a file unless <paramref name="overwrite"/>.</summary>
    public static FileStream Create(string path, bool overwrite, string option)
    {
        CheckWritable(path, overwrite, option);
        try
        {
            return new FileStream(path, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new FileProblemException($"cannot write {path}: permission denied. Choose another {option}.", e);
        }
        catch (IOException e) when (!overwrite && File.Exists(path))
        {
            throw Exists(path, option, e);
        }
        catch (FileNotFoundException e)
        {
            // The folder is there (checked above) but refuses a new file: /proc, a read-only mount.
            throw new FileProblemException($"cannot write {path}: the folder {Path.GetDirectoryName(path)} does not take new files. Choose another {option}.", e);
        }
        catch (IOException e)
        {
            throw new FileProblemException($"cannot write {path}: {e.Message.TrimEnd('.')}. Choose another {option}.", e);
        }
    }

    /// <summary>Checks that <paramref name="path"/> is a file that can be read.</summary>
    public static void CheckReadable(string path, string option)
    {
        if (File.Exists(path)) return;
        if (Directory.Exists(path)) throw new FileProblemException($"{path} is a folder: give {option} a file.");
        var folder = Path.GetDirectoryName(path);
        if (folder is not null && !Directory.Exists(folder)) throw new FileProblemException($"no file at {path}: the folder {folder} does not exist. Check the {option} path.");
        throw new FileProblemException($"no file at {path}: check the {option} path.");
    }

    /// <summary>Runs <paramref name="open"/>, saying "cannot read" when the file is there but closed to us.</summary>
    public static T Read<T>(string path, Func<T> open)
    {
        try
        {
            return open();
        }
        catch (UnauthorizedAccessException e)
        {
            throw new FileProblemException($"cannot read {path}: permission denied.", e);
        }
    }

    static FileProblemException Exists(string path, string option, Exception? inner = null) =>
        new($"{path} already exists: choose another {option} or add --force.", inner);
}
