using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ModelContextProtocol;
using CustomGpt.Cli.Output;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CustomGpt.Cli.Mcp;

/// <summary>
/// The MCP server of <c>customgpt mcp</c>: the tools of <see cref="AgentTools"/> (and, when writes are
/// allowed, <see cref="AgentWriteTools"/>) on the stdio transport. Standard output carries the protocol
/// and nothing else; every notice goes to standard error.
/// </summary>
internal static class AgentToolServer
{
    /// <summary>What the client is told about the server as a whole, for the model that uses it.</summary>
    const string Instructions =
        "Tools over the user's CustomGPT.ai agents. Each agent is a knowledge base built from websites and documents " +
        "that answers questions with citations. Call list_agents first to learn the agents' ids and names, then " +
        "ask_agent to ask one of them; keep the sessionId of an answer to ask a follow-up in the same conversation.";

    /// <summary>Serves until the client closes standard input or <paramref name="cancellationToken"/> fires.</summary>
    public static async Task RunAsync(CustomGptClient api, bool allowWrites, CliOutput output, CancellationToken cancellationToken)
    {
        var tools = Tools(api, allowWrites, output);
        var options = new McpServerOptions
        {
            ServerInfo = new Implementation { Name = CustomGptCli.Name, Version = Version() },
            ServerInstructions = Instructions,
            ToolCollection = [.. tools],
        };
        await using var transport = new StdioServerTransport(options);
        await using var server = McpServer.Create(transport, options);
        output.Notice(allowWrites
            ? $"MCP server on stdio: {tools.Count} tools, writes allowed."
            : $"MCP server on stdio: {tools.Count} tools, read-only (--allow-writes adds the tools that change the account).");
        await server.RunAsync(cancellationToken);
    }

    /// <summary>The tools to offer: each method marked <see cref="McpServerToolAttribute"/>, guarded.</summary>
    internal static IReadOnlyList<McpServerTool> Tools(CustomGptClient api, bool allowWrites, CliOutput output)
    {
        IEnumerable<object> targets = allowWrites ? [new AgentTools(api), new AgentWriteTools(api)] : [new AgentTools(api)];
        return [.. targets.SelectMany(target => target.GetType()
            .GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.IsDefined(typeof(McpServerToolAttribute)))
            .Select(method => (McpServerTool)new GuardedTool(McpServerTool.Create(method, target, new() { SerializerOptions = AnswerJson }), output)))];
    }

    // Fields the API left empty are written as null rather than left out: the output schema lists
    // every field as required (and nullable), and a client may check the answers against it.
    static readonly JsonSerializerOptions AnswerJson = new(McpJsonUtilities.DefaultOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    static string Version() => typeof(AgentToolServer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
