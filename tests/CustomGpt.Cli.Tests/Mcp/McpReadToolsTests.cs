using System.Text.Json;
using ModelContextProtocol;

namespace CustomGpt.Cli.Tests.Mcp;

/// <summary>
/// <c>customgpt mcp</c> with no key and no flag, as an MCP client sees it: the sandbox, the read-only
/// tool set, and each tool's answer from the recordings.
/// </summary>
public sealed class McpReadToolsTests(McpReadToolsTests.DefaultServer fixture) : IClassFixture<McpReadToolsTests.DefaultServer>
{
    const string SessionId = "9a4d3c1e-7b2f-4e8a-b6d0-3f5c2a1e8d47";
    readonly McpServerProcess _server = fixture.Server;

    /// <summary>On the sandbox, read-only; <c>--verbose</c> so that stderr shows each request it makes.</summary>
    public sealed class DefaultServer() : McpServerFixture("--verbose");

    [Fact]
    public async Task By_default_only_tools_that_change_nothing_in_the_agents_are_offered()
    {
        var tools = await _server.Client.ListToolsAsync();

        Assert.Equal(["list_agents", "ask_agent", "list_sources", "list_pages", "get_agent_stats"], tools.Select(t => t.Name));
        // Asking adds to the agent's conversations, as a chat with it does; everything else only reads.
        Assert.All(tools.Where(t => t.Name != "ask_agent"), tool => Assert.True(tool.ProtocolTool.Annotations?.ReadOnlyHint, tool.Name));
        Assert.Equal((false, false), (tools[1].ProtocolTool.Annotations?.ReadOnlyHint, tools[1].ProtocolTool.Annotations?.DestructiveHint));
        // A write tool is not there to call, not merely hidden from the list.
        var refused = await Assert.ThrowsAsync<McpProtocolException>(() => _server.CallAsync("delete_source", new() { ["agentId"] = 1042, ["sourceId"] = 2210 }));
        Assert.Contains("Unknown tool", refused.Message);
    }

    [Fact]
    public async Task Each_tool_says_what_it_needs_in_its_input_schema()
    {
        var tools = (await _server.Client.ListToolsAsync()).ToDictionary(t => t.Name, t => t.ProtocolTool);

        var ask = tools["ask_agent"].InputSchema;
        Assert.Equal(["agentId", "question"], ask.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("integer", ask.GetProperty("properties").GetProperty("agentId").GetProperty("type").GetString());
        Assert.Contains("sessionId", ask.GetProperty("properties").GetProperty("sessionId").GetProperty("description").GetString());
        Assert.False(tools["list_agents"].InputSchema.TryGetProperty("required", out _));
        Assert.All(tools.Values, tool =>
        {
            Assert.False(string.IsNullOrWhiteSpace(tool.Description), tool.Name);
            Assert.NotNull(tool.OutputSchema);
            foreach (var property in tool.InputSchema.GetProperty("properties").EnumerateObject())
                Assert.False(string.IsNullOrWhiteSpace(property.Value.GetProperty("description").GetString()), $"{tool.Name}.{property.Name}");
        });
    }

    [Fact]
    public void The_sandbox_notice_goes_to_stderr()
    {
        // Standard output is the protocol: the client could not have connected had the notice gone there.
        Assert.Contains(_server.ErrorLines, line => line.StartsWith("Sandbox: no CUSTOMGPT_API_KEY is set", StringComparison.Ordinal));
        Assert.Contains(_server.ErrorLines, line => line.StartsWith("MCP server on stdio: 5 tools, read-only", StringComparison.Ordinal));
    }

    [Fact]
    public async Task list_agents_reads_the_page_asked_for()
    {
        var first = await _server.AnswerOfAsync("list_agents");
        var second = await _server.AnswerOfAsync("list_agents", new() { ["page"] = 2 });

        Assert.Equal((1, 3, 5), (first.GetProperty("page").GetInt32(), first.GetProperty("lastPage").GetInt32(), first.GetProperty("total").GetInt32()));
        var agent = first.GetProperty("agents")[0];
        Assert.Equal((1042, "Product handbook", "SITEMAP", "https://docs.example.com/sitemap.xml"),
            (agent.GetProperty("agentId").GetInt32(), agent.GetProperty("name").GetString(), agent.GetProperty("type").GetString(), agent.GetProperty("sitemapUrl").GetString()));
        Assert.Equal([1044, 1045], second.GetProperty("agents").EnumerateArray().Select(a => a.GetProperty("agentId").GetInt32()));
    }

    [Fact]
    public async Task ask_agent_starts_a_conversation_and_answers_with_the_titles_and_urls_it_cites()
    {
        var before = _server.ErrorLines.Count;

        var answer = await _server.AnswerOfAsync("ask_agent", new() { ["agentId"] = 1042, ["question"] = "How do I reset my password?" });

        Assert.Equal("Open Settings, choose Security, then select Reset password. A reset link is sent to your email.", answer.GetProperty("answer").GetString());
        Assert.Equal(SessionId, answer.GetProperty("sessionId").GetString());
        Assert.Equal(88131, answer.GetProperty("messageId").GetInt32());
        // The two citations are one page: the model gets it once.
        var source = Assert.Single(answer.GetProperty("citations").EnumerateArray());
        Assert.Equal(("Reset your password", "https://docs.example.com/account/password"), (source.GetProperty("title").GetString(), source.GetProperty("url").GetString()));
        await _server.ErrorLineAsync(line => line.StartsWith("→ POST ", StringComparison.Ordinal) && line.EndsWith("/api/v1/projects/1042/conversations", StringComparison.Ordinal), before);
    }

    [Fact]
    public async Task ask_agent_with_a_session_id_continues_that_conversation()
    {
        var before = _server.ErrorLines.Count;

        var answer = await _server.AnswerOfAsync("ask_agent", new() { ["agentId"] = 1042, ["question"] = "And my email?", ["sessionId"] = SessionId });

        Assert.Equal(SessionId, answer.GetProperty("sessionId").GetString());
        await _server.ErrorLineAsync(line => line.StartsWith("→ POST ", StringComparison.Ordinal) && line.Contains($"/conversations/{SessionId}/messages", StringComparison.Ordinal), before);
        Assert.DoesNotContain(_server.ErrorLines.Skip(before), line => line.StartsWith("→ POST ", StringComparison.Ordinal) && line.EndsWith("/conversations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task list_sources_shows_the_sitemaps_and_the_uploads()
    {
        var answer = await _server.AnswerOfAsync("list_sources", new() { ["agentId"] = 1042 });

        var sources = answer.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal([(2210, "sitemap", "https://docs.example.com/sitemap.xml"), (2211, "upload", null)],
            sources.Select(s => (s.GetProperty("sourceId").GetInt32(), s.GetProperty("type").GetString(), s.GetProperty("sitemapUrl").GetString())));
        Assert.Equal("weekly", sources[0].GetProperty("refreshFrequency").GetString());
    }

    [Fact]
    public async Task list_pages_shows_each_page_with_its_crawl_and_index_status()
    {
        var answer = await _server.AnswerOfAsync("list_pages", new() { ["agentId"] = 1042 });

        Assert.Equal((1, 3, 5), (answer.GetProperty("page").GetInt32(), answer.GetProperty("lastPage").GetInt32(), answer.GetProperty("total").GetInt32()));
        var page = answer.GetProperty("pages")[0];
        Assert.Equal((557231, "https://docs.example.com/account/password", "ok", "ok"),
            (page.GetProperty("pageId").GetInt32(), page.GetProperty("url").GetString(), page.GetProperty("crawlStatus").GetString(), page.GetProperty("indexStatus").GetString()));
    }

    [Fact]
    public async Task get_agent_stats_shows_pages_words_and_credits()
    {
        var stats = await _server.AnswerOfAsync("get_agent_stats", new() { ["agentId"] = 1042 });

        Assert.Equal((214, 209, 486211, 1873), (stats.GetProperty("pagesFound").GetInt32(), stats.GetProperty("pagesIndexed").GetInt32(),
            stats.GetProperty("wordsIndexed").GetInt32(), stats.GetProperty("queryCreditsUsed").GetInt32()));
    }

    [Fact]
    public async Task Bad_input_is_a_tool_error_that_says_what_to_give()
    {
        var page = await _server.CallAsync("list_agents", new() { ["page"] = 0 });
        var question = await _server.CallAsync("ask_agent", new() { ["agentId"] = 1042, ["question"] = "  " });

        Assert.Equal((true, "page starts at 1; 0 is not a page."), (page.IsError, McpServerProcess.Text(page)));
        Assert.Equal((true, "The question is empty: give the question to ask."), (question.IsError, McpServerProcess.Text(question)));
    }
}
