using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace CustomGpt.Cli.Tests.Mcp;

/// <summary>
/// <c>customgpt mcp</c> as an MCP client meets it: a process of its own (the built CLI from this test's
/// output folder, run with <c>dotnet</c>), spoken to over its stdin and stdout, with its stderr kept.
/// </summary>
public sealed class McpServerProcess : IAsyncDisposable
{
    readonly ConcurrentQueue<string> _errorLines;

    McpServerProcess(McpClient client, ConcurrentQueue<string> errorLines)
    {
        Client = client;
        _errorLines = errorLines;
    }

    public McpClient Client { get; }

    /// <summary>What the server wrote to standard error so far.</summary>
    public IReadOnlyList<string> ErrorLines => [.. _errorLines];

    /// <summary>Starts the server with <paramref name="args"/> after <c>mcp</c>; with no key in <paramref name="environment"/>, on its sandbox.</summary>
    public static async Task<McpServerProcess> StartAsync(string[]? args = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var errorLines = new ConcurrentQueue<string>();
        var variables = new Dictionary<string, string?>
        {
            // A newcomer's machine unless the test says otherwise: no key of the machine running the tests.
            ["CUSTOMGPT_API_KEY"] = null,
            ["CUSTOMGPT_BASE_URL"] = null,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) variables[name] = value;
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "customgpt",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "CustomGpt.Cli.dll"), "mcp", .. args ?? []],
            EnvironmentVariables = variables,
            WorkingDirectory = Path.GetTempPath(),
            StandardErrorLines = errorLines.Enqueue,
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var client = await McpClient.CreateAsync(transport, cancellationToken: timeout.Token);
        return new McpServerProcess(client, errorLines);
    }

    /// <summary>Calls <paramref name="tool"/> and returns its result, whether success or tool error.</summary>
    public async Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?>? arguments = null, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        return await Client.CallToolAsync(tool, arguments ?? [], cancellationToken: timeout.Token);
    }

    /// <summary>Calls <paramref name="tool"/>, expects success, and returns its structured answer.</summary>
    public async Task<JsonElement> AnswerOfAsync(string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await CallAsync(tool, arguments);
        Assert.True(result.IsError is not true, $"{tool} failed: {Text(result)}\nstderr:\n{string.Join("\n", ErrorLines)}");
        var structured = Assert.IsType<JsonElement>(result.StructuredContent);
        // The text content is the same JSON, for clients that only read text.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(structured.GetRawText()), JsonNode.Parse(Text(result))), Text(result));
        return structured;
    }

    /// <summary>
    /// Waits for the first line of standard error after the first <paramref name="skip"/> that satisfies
    /// <paramref name="match"/>: stderr is read on a thread of its own, so it may trail the answer a little.
    /// </summary>
    public async Task<string> ErrorLineAsync(Func<string, bool> match, int skip = 0)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            if (ErrorLines.Skip(skip).FirstOrDefault(match) is { } line) return line;
            Assert.True(DateTime.UtcNow < deadline, $"no such line on stderr:\n{string.Join("\n", ErrorLines)}");
            await Task.Delay(50);
        }
    }

    /// <summary>The text of a result's content.</summary>
    public static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(block => block.Text));

    public async ValueTask DisposeAsync() => await Client.DisposeAsync();
}
