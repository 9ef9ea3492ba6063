namespace CustomGpt.Cli.Tests.Infrastructure;

/// <summary>What a run of the CLI left behind: its exit code and both output streams.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>Fails with both streams shown unless the run succeeded.</summary>
    public CliResult Succeeded()
    {
        Assert.True(ExitCode == 0, $"exit code {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}");
        return this;
    }

    /// <summary>Fails with both streams shown unless the run failed.</summary>
    public CliResult Failed()
    {
        Assert.True(ExitCode != 0, $"expected a failure\nstdout:\n{Out}\nstderr:\n{Error}");
        return this;
    }
}
