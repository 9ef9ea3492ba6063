namespace CustomGpt.Cli.Tests.Mcp;

/// <summary><c>customgpt mcp --allow-writes</c>: the write tools join the read tools, each answering from the sandbox.</summary>
public sealed class McpWriteToolsTests(McpWriteToolsTests.WritingServer fixture) : IClassFixture<McpWriteToolsTests.WritingServer>
{
    readonly McpServerProcess _server = fixture.Server;

    public sealed class WritingServer() : McpServerFixture("--allow-writes");

    [Fact]
    public async Task With_allow_writes_the_write_tools_are_offered_and_each_does_its_call()
    {
        var tools = (await _server.Client.ListToolsAsync()).ToDictionary(t => t.Name, t => t.ProtocolTool);
        Assert.Equal(["list_agents", "ask_agent", "list_sources", "list_pages", "get_agent_stats", "create_agent", "add_sitemap_source", "delete_source"], tools.Keys);
        Assert.True(tools["delete_source"].Annotations?.DestructiveHint);
        Assert.False(tools["create_agent"].Annotations?.ReadOnlyHint);
        Assert.Contains(_server.ErrorLines, line => line == "MCP server on stdio: 8 tools, writes allowed.");

        var agent = await _server.AnswerOfAsync("create_agent", new() { ["name"] = "Product handbook", ["sitemapUrl"] = "https://docs.example.com/sitemap.xml" });
        var source = await _server.AnswerOfAsync("add_sitemap_source", new() { ["agentId"] = 1042, ["sitemapUrl"] = "https://docs.example.com/sitemap.xml" });
        var deleted = await _server.AnswerOfAsync("delete_source", new() { ["agentId"] = 1042, ["sourceId"] = 2210 });

        Assert.Equal((1042, "Product handbook"), (agent.GetProperty("agentId").GetInt32(), agent.GetProperty("name").GetString()));
        Assert.Equal(2211, source.GetProperty("sourceId").GetInt32());
        Assert.True(deleted.GetProperty("deleted").GetBoolean());
    }

    [Fact]
    public async Task A_sitemap_that_is_not_a_url_is_refused_before_any_call()
    {
        var result = await _server.CallAsync("add_sitemap_source", new() { ["agentId"] = 1042, ["sitemapUrl"] = "docs/sitemap.xml" });

        Assert.True(result.IsError);
        Assert.StartsWith("'docs/sitemap.xml' is not an absolute http(s) URL", McpServerProcess.Text(result));
    }
}
