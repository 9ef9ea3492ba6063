namespace CustomGpt.Cli.Tests.Mcp;

/// <summary>One <c>customgpt mcp --verbose</c> on its sandbox for a test class: stderr shows each request it makes.</summary>
public sealed class ReadOnlyServerFixture : IAsyncLifetime
{
    public McpServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await McpServerProcess.StartAsync(["--verbose"]);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
