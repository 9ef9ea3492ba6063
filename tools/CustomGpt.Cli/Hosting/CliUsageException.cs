namespace CustomGpt.Cli.Hosting;

/// <summary>
/// A mistake in how the CLI was called or set up, found while running (after parsing): reported like
/// a parse error, one line and a pointer to <c>--help</c>, with <see cref="ExitCodes.Usage"/>.
/// </summary>
internal sealed class CliUsageException(string message) : Exception(message);
