using CustomGpt.Cli.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Cli.Tests.Commands;

[Collection(SandboxCollection.Name)]
public sealed class AgentsCommandTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    [Fact]
    public async Task List_shows_the_first_page_and_where_it_sits()
    {
        var result = await Succeeds("agents list");
        Assert.Contains("Product handbook", result.Out);
        Assert.Contains("Support FAQ", result.Out);
        Assert.DoesNotContain("Release notes", result.Out);
        Assert.Contains("Page 1 of 3, 5 agents in all. Next: --page 2, or --all.", result.Out);
    }

    [Fact]
    public async Task List_page_shows_that_page()
    {
        var result = await Succeeds("agents list --page 2");
        Assert.Contains("Release notes", result.Out);
        Assert.Contains("API reference", result.Out);
        Assert.DoesNotContain("Product handbook", result.Out);
        Assert.Contains("Page 2 of 3", result.Out);
    }

    [Fact]
    public async Task List_all_walks_every_page()
    {
        var result = await Succeeds("agents list --all");
        foreach (var name in new[] { "Product handbook", "Support FAQ", "Release notes", "API reference", "Sales playbook" })
            Assert.Contains(name, result.Out);
        Assert.Contains("5 agents", result.Out);
    }

    [Fact]
    public async Task List_json_is_the_items_with_the_api_field_names()
    {
        var result = await Succeeds("agents list --all --json");
        var agents = JArray.Parse(result.Out);
        Assert.Equal([1042, 1043, 1044, 1045, 1046], agents.Select(a => (int)a["id"]!));
        Assert.Equal("Product handbook", (string?)agents[0]["project_name"]);
        Assert.Equal("SITEMAP", (string?)agents[0]["type"]);
    }

    [Fact]
    public async Task Show_lists_the_agents_fields()
    {
        var result = await Succeeds("agents show 1042");
        Assert.Contains("Product handbook", result.Out);
        Assert.Contains("https://docs.example.com/sitemap.xml", result.Out);
        Assert.Contains("2023-06-24 21:21", result.Out);
    }

    [Fact]
    public async Task Create_from_a_sitemap_shows_the_new_agent()
    {
        var result = await Succeeds("agents create --name Docs --sitemap https://docs.example.com/sitemap.xml");
        Assert.Contains("Created agent 1042.", result.Out);
    }

    [Fact]
    public async Task Create_from_a_file_uploads_it_with_progress()
    {
        File.WriteAllText(Cli.PathOf("security-guide.txt"), "Password resets are done from Settings > Security.");
        var result = await Succeeds("agents create --name \"Security guide\" --file security-guide.txt");
        Assert.Contains("Uploading security-guide.txt: 100% (50 of 50 bytes)", result.Error);
        Assert.Contains("Created agent", result.Out);
    }

    [Fact]
    public async Task Create_without_knowledge_is_refused_before_any_request()
    {
        var result = (await Cli.RunAsync("agents create --name Docs")).Failed();
        Assert.Contains("Give --sitemap <url> or --file <path>", result.Error);
        Assert.DoesNotContain("Sandbox", result.Error);
    }

    [Fact]
    public async Task Update_shows_the_changed_agent()
    {
        var result = await Succeeds("agents update 1042 --name \"Product handbook (v2)\" --shared true");
        Assert.Contains("Updated agent 1042.", result.Out);
        Assert.Contains("Product handbook (v2)", result.Out);
    }

    [Fact]
    public async Task Delete_confirms()
    {
        var result = await Succeeds("agents delete 1042 --yes");
        Assert.Equal("Deleted agent 1042.", result.Out.Trim());
    }

    [Fact]
    public async Task Delete_json_is_the_api_result()
    {
        var result = await Succeeds("agents delete 1042 --json --yes");
        Assert.True((bool)JObject.Parse(result.Out)["deleted"]!);
    }

    [Fact]
    public async Task Replicate_names_the_copy()
    {
        var result = await Succeeds("agents replicate 1042");
        Assert.Contains("Copied agent 1042 to agent 1044.", result.Out);
        Assert.Contains("Product handbook (copy)", result.Out);
    }

    [Fact]
    public async Task Stats_shows_pages_and_credits()
    {
        var result = await Succeeds("agents stats 1042");
        Assert.Contains("Pages indexed", result.Out);
        Assert.Contains("209", result.Out);
        Assert.Contains("486211", result.Out);
    }
}
