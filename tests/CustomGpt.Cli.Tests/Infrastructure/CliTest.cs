namespace CustomGpt.Cli.Tests.Infrastructure;

/// <summary>A test class that runs the CLI against the shared sandbox, in a working folder of its own.</summary>
public abstract class CliTest(SandboxFixture sandbox) : IDisposable
{
    protected InProcessCli Cli { get; } = new(sandbox);

    /// <summary>Runs <paramref name="commandLine"/> (without the leading <c>customgpt</c>) and expects success.</summary>
    protected async Task<CliResult> Succeeds(string commandLine) => (await Cli.RunAsync(commandLine)).Succeeded();

    public void Dispose()
    {
        Cli.Dispose();
        GC.SuppressFinalize(this);
    }
}
