using System.CommandLine;
using CustomGpt.Cli.Commands;

namespace CustomGpt.Cli.Mcp;

/// <summary><c>customgpt mcp [--allow-writes]</c>: the agents as tools for an MCP client, over stdin and stdout.</summary>
internal static class McpCommand
{
    public static Command Create(CommandRunner runner)
    {
        var allowWrites = new Option<bool>("--allow-writes")
        {
            Description = "Also offer the tools that change the account (create an agent, add a sitemap, delete a source). Without it the client can only read and ask.",
        };
        var command = new Command("mcp",
            "Serve your agents as tools to an MCP client (IDE or desktop assistant, agent framework) on stdin/stdout. " +
            "Register it in the client's mcpServers configuration; read-only unless --allow-writes.")
        {
            allowWrites,
        };
        runner.Runs(command, context => AgentToolServer.RunAsync(context.Api, context.Get(allowWrites), context.Output, context.CancellationToken));
        return command;
    }
}
