namespace CustomGpt.Cli.Hosting;

/// <summary>
/// What the process returns, as <c>dotnet</c>, <c>gh</c> and <c>az</c> use them: scripts tell a
/// mistake in the command line (fix the call) from a failure of the API or the disk (retry, look).
/// The README lists them.
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The API, the network or a file failed, or a deletion was declined at the prompt.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong: unknown command, missing or malformed value, contradicting options.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C, as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
