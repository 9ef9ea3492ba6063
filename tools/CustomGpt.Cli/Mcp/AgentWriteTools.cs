using System.ComponentModel;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace CustomGpt.Cli.Mcp;

/// <summary>
/// The tools that change the account, offered only with <c>customgpt mcp --allow-writes</c>: a small set
/// for keeping a knowledge base up to date from an assistant. All their calls into the SDK are here.
/// </summary>
internal sealed class AgentWriteTools(CustomGptClient api)
{
    [McpServerTool(Name = "create_agent", Title = "Create an agent", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, UseStructuredContent = true)]
    [Description("Creates a new agent whose knowledge base is the pages of a website's sitemap. The pages are crawled " +
        "and indexed in the background: list_pages and get_agent_stats show the progress. Returns the new agent and its id.")]
    public async Task<AgentSummary> CreateAgent(
        [Description("The new agent's name.")] string name,
        [Description("The absolute URL of a sitemap, e.g. https://example.com/sitemap.xml.")] string sitemapUrl,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new McpException("The name is empty: give the new agent a name.");
        var agent = await api.Agents.CreateAsync(new CreateAgentRequest { ProjectName = name, SitemapPath = AbsoluteUrl(sitemapUrl) }, cancellationToken);
        return AgentSummary.From(agent);
    }

    [McpServerTool(Name = "add_sitemap_source", Title = "Add a sitemap to an agent", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false, UseStructuredContent = true)]
    [Description("Adds a website's sitemap to an agent's knowledge base. Its pages are crawled and indexed in the " +
        "background. Returns the new source and its id.")]
    public async Task<SourceSummary> AddSitemapSource(
        [Description("The agent's id, from list_agents.")] int agentId,
        [Description("The absolute URL of a sitemap, e.g. https://example.com/sitemap.xml.")] string sitemapUrl,
        CancellationToken cancellationToken = default) =>
        SourceSummary.From(await api.Sources.CreateAsync(agentId, new CreateSourceRequest { SitemapPath = AbsoluteUrl(sitemapUrl) }, cancellationToken));

    [McpServerTool(Name = "delete_source", Title = "Delete a source from an agent", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false, UseStructuredContent = true)]
    [Description("Removes a source (a sitemap, or the uploaded files) and all its pages from an agent's knowledge base. " +
        "This cannot be undone: confirm with the user first.")]
    public async Task<DeletedResult> DeleteSource(
        [Description("The agent's id, from list_agents.")] int agentId,
        [Description("The source's id, from list_sources.")] int sourceId,
        CancellationToken cancellationToken = default)
    {
        var result = await api.Sources.DeleteAsync(agentId, sourceId, cancellationToken);
        return new(result.Deleted ?? false);
    }

    static string AbsoluteUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)
            ? url
            : throw new McpException($"'{url}' is not an absolute http(s) URL: give the sitemap's full address, e.g. https://example.com/sitemap.xml.");
}
