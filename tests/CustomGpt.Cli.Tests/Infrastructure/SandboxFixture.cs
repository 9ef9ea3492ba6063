using CustomGpt.Cli.Sandbox;

namespace CustomGpt.Cli.Tests.Infrastructure;

/// <summary>One sandbox for the whole suite: starting WireMock.Net per test would cost most of the run.</summary>
public sealed class SandboxFixture : IDisposable
{
    internal SandboxServer Server { get; } = SandboxServer.Start();

    public void Dispose() => Server.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SandboxCollection : ICollectionFixture<SandboxFixture>
{
    public const string Name = "sandbox";
}
