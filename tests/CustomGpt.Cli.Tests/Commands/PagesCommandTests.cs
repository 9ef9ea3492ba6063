using CustomGpt.Cli.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Cli.Tests.Commands;

[Collection(SandboxCollection.Name)]
public sealed class PagesCommandTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    [Fact]
    public async Task List_shows_a_page_of_pages_with_their_states()
    {
        var result = await Succeeds("pages list 1042");
        Assert.Contains("https://docs.example.com/account/password", result.Out);
        Assert.Contains("ok", result.Out);
        Assert.Contains("Page 1 of 3", result.Out);
    }

    [Fact]
    public async Task List_all_walks_every_page()
    {
        var result = await Succeeds("pages list 1042 --all");
        Assert.Contains("https://docs.example.com/changelog", result.Out);
        Assert.Contains("n/a", result.Out);
        Assert.Contains("5 pages", result.Out);
    }

    [Fact]
    public async Task Delete_confirms() =>
        Assert.Equal("Deleted page 557231.", (await Succeeds("pages delete 1042 557231 --yes")).Out.Trim());

    [Fact]
    public async Task Reindex_confirms() =>
        Assert.Equal("Queued page 557231 for re-indexing.", (await Succeeds("pages reindex 1042 557231")).Out.Trim());

    [Fact]
    public async Task Preview_saves_the_file_under_its_own_name()
    {
        var result = await Succeeds("pages preview 30412");
        var saved = Cli.PathOf("security-guide.pdf");
        Assert.Equal($"Saved {saved} (83 bytes, application/pdf).", result.Out.Trim());
        Assert.StartsWith("%PDF-1.4", File.ReadAllText(saved));
    }

    [Fact]
    public async Task Preview_does_not_overwrite_without_force()
    {
        File.WriteAllText(Cli.PathOf("security-guide.pdf"), "mine");
        var refused = (await Cli.RunAsync("pages preview 30412")).Failed();
        Assert.Contains("already exists: choose another --output or add --force.", refused.Error);
        Assert.Equal("mine", File.ReadAllText(Cli.PathOf("security-guide.pdf")));

        await Succeeds("pages preview 30412 --force");
        Assert.StartsWith("%PDF", File.ReadAllText(Cli.PathOf("security-guide.pdf")));
    }

    [Fact]
    public async Task Preview_output_json_reports_path_size_and_type()
    {
        var result = await Succeeds("pages preview 30412 -o cited.pdf --json");
        var saved = JObject.Parse(result.Out);
        Assert.Equal(Cli.PathOf("cited.pdf"), (string?)saved["path"]);
        Assert.Equal(83, (long)saved["bytes"]!);
        Assert.Equal("application/pdf", (string?)saved["content_type"]);
    }
}
