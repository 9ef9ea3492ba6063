using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Commands;

[Collection(SandboxCollection.Name)]
public sealed class LicensesCommandTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    [Fact]
    public async Task List_shows_keys_and_names()
    {
        var result = await Succeeds("licenses list 1042");
        Assert.Contains("Partner portal", result.Out);
        Assert.Contains("Reseller", result.Out);
        Assert.Contains("3b1f6c2e-9d4a-4e7b-8c5f-1a2b3c4d5e6f", result.Out);
    }

    [Fact]
    public async Task Show_lists_the_license() =>
        Assert.Contains("Partner portal", (await Succeeds("licenses show 1042 871")).Out);

    [Fact]
    public async Task Create_shows_the_new_key()
    {
        var result = await Succeeds("licenses create 1042 --name \"Partner portal\"");
        Assert.Contains("Created license \"Partner portal\". Its key: 3b1f6c2e-9d4a-4e7b-8c5f-1a2b3c4d5e6f", result.Out);
    }

    [Fact]
    public async Task Update_shows_the_new_name() =>
        Assert.Contains("Partner portal (EU)", (await Succeeds("licenses update 1042 871 --name \"Partner portal (EU)\"")).Out);

    [Fact]
    public async Task Delete_confirms() =>
        Assert.Equal("Deleted license 871.", (await Succeeds("licenses delete 1042 871 -y")).Out.Trim());
}
