using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CustomGpt.Cli.Sandbox;
using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Mcp;

/// <summary><c>customgpt mcp</c> with a key, against servers standing in for the API: failures and cancellation.</summary>
public sealed class McpErrorTests
{
    [Fact]
    public async Task An_API_error_is_a_tool_error_with_the_APIs_message_and_neither_key_nor_stack_trace()
    {
        using var api = new RecordedApi("Agents_GetStats.not-found");
        await using var server = await McpServerProcess.StartAsync(environment: api.Environment());

        var result = await server.CallAsync("get_agent_stats", new() { ["agentId"] = 1042 });

        Assert.True(result.IsError);
        var text = McpServerProcess.Text(result);
        Assert.Equal("Agents_GetStats failed with HTTP 404: Agent with id 1042 not found", text);
        Assert.DoesNotContain(SandboxServer.ApiKey, text + string.Join("\n", server.ErrorLines));
        Assert.DoesNotContain(server.ErrorLines, line => line.StartsWith("Sandbox", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_call_the_client_cancels_is_cancelled_in_the_server_which_goes_on_serving()
    {
        // An API that takes the request and never answers.
        var silentApi = new TcpListener(IPAddress.Loopback, 0);
        silentApi.Start();
        try
        {
            var url = $"http://127.0.0.1:{((IPEndPoint)silentApi.LocalEndpoint).Port}/";
            await using var server = await McpServerProcess.StartAsync(environment: new Dictionary<string, string>
            {
                ["CUSTOMGPT_API_KEY"] = "1234|cancel-test-key",
                ["CUSTOMGPT_BASE_URL"] = url,
            });
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            var watch = Stopwatch.StartNew();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => server.CallAsync("get_agent_stats", new() { ["agentId"] = 1042 }, cancel.Token));

            // The server's call ends too, long before any HTTP timeout would have ended it.
            await server.ErrorLineAsync(line => line == "get_agent_stats: cancelled by the client.");
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
            Assert.Contains(await server.Client.ListToolsAsync(), tool => tool.Name == "get_agent_stats");
        }
        finally
        {
            silentApi.Stop();
        }
    }
}
