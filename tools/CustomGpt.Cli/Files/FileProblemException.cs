namespace CustomGpt.Cli.Files;

/// <summary>A file the CLI cannot read or write, said in a sentence that names the path and what is wrong with it.</summary>
internal sealed class FileProblemException(string message, Exception? inner = null) : IOException(message, inner);
