namespace CustomGpt.Cli.Hosting;

/// <summary>A mistake in how the CLI was called or set up; its message is the whole error line.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
