using CustomGpt.Cli.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Cli.Tests.Commands;

[Collection(SandboxCollection.Name)]
public sealed class SourcesCommandTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    [Fact]
    public async Task List_shows_sitemaps_then_uploads()
    {
        var result = await Succeeds("sources list 1042");
        Assert.Contains("2210", result.Out);
        Assert.Contains("https://docs.example.com/sitemap.xml", result.Out);
        Assert.True(result.Out.IndexOf("2210", StringComparison.Ordinal) < result.Out.IndexOf("2211", StringComparison.Ordinal));
        Assert.Contains("upload", result.Out);
    }

    [Fact]
    public async Task Add_file_shows_upload_progress_on_stderr_and_the_source_on_stdout()
    {
        File.WriteAllText(Cli.PathOf("guide.txt"), new string('x', 1000));
        var result = await Succeeds("sources add 1042 --file guide.txt");
        Assert.Contains("Uploading guide.txt: 100% (1,000 of 1,000 bytes)", result.Error);
        Assert.DoesNotContain("Uploading", result.Out);
        Assert.Contains("Added source 2211; its pages are indexed in the background.", result.Out);
    }

    [Fact]
    public async Task Add_file_json_keeps_stdout_parseable()
    {
        File.WriteAllText(Cli.PathOf("guide.txt"), "text");
        var result = await Succeeds("sources add 1042 --file guide.txt --json");
        Assert.Equal("upload", (string?)JObject.Parse(result.Out)["type"]);
    }

    [Fact]
    public async Task Add_a_missing_file_says_which_path()
    {
        var result = (await Cli.RunAsync("sources add 1042 --file missing.pdf")).Failed();
        Assert.Equal($"error: no file at {Cli.PathOf("missing.pdf")}: check the --file path.", LastLine(result.Error));
    }

    [Fact]
    public async Task Add_sitemap()
    {
        var result = await Succeeds("sources add 1042 --sitemap https://docs.example.com/sitemap.xml");
        Assert.Contains("Added source", result.Out);
    }

    [Fact]
    public async Task Add_needs_exactly_one_of_sitemap_or_file() =>
        Assert.Contains("error: Give either --sitemap <url> or --file <path>\n", (await Cli.RunAsync("sources add 1042")).Failed().Error);

    [Fact]
    public async Task Delete_confirms() =>
        Assert.Equal("Deleted source 2210.", (await Succeeds("sources delete 1042 2210 --yes")).Out.Trim());

    [Fact]
    public async Task Sync_shows_the_source()
    {
        var result = await Succeeds("sources sync 1042 2210");
        Assert.Contains("Started a sync of source 2210.", result.Out);
    }

    static string LastLine(string text) => text.TrimEnd().Split('\n')[^1].TrimEnd('\r');
}
