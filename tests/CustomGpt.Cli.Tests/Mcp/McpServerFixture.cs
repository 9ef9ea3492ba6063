namespace CustomGpt.Cli.Tests.Mcp;

/// <summary>One <c>customgpt mcp</c> process for a whole test class, started with <paramref name="args"/>.</summary>
public abstract class McpServerFixture(params string[] args) : IAsyncLifetime
{
    public McpServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await McpServerProcess.StartAsync(args);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
