using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Conventions;

/// <summary>A file that cannot be read or written is named with what is wrong with it, and exit code 1.</summary>
[Collection(SandboxCollection.Name)]
public sealed class FileErrorTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    async Task<string> FailsWith(string commandLine)
    {
        var result = await Cli.RunAsync(ShellWords.Split(commandLine));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        return result.Error.TrimEnd().Split(Environment.NewLine)[^1];
    }

    [Fact]
    public async Task Preview_into_a_missing_folder_names_the_folder() =>
        Assert.Equal($"error: cannot write {Cli.PathOf("nowhere/cited.pdf")}: the folder {Cli.PathOf("nowhere")} does not exist. Create it or choose another --output.",
            await FailsWith("pages preview 30412 -o nowhere/cited.pdf"));

    [Fact]
    public async Task Preview_onto_a_folder_asks_for_a_file_path()
    {
        Directory.CreateDirectory(Cli.PathOf("docs"));
        Assert.Equal($"error: {Cli.PathOf("docs")} is a folder: give --output a file path, such as {Cli.PathOf("docs/document.pdf")}.",
            await FailsWith("pages preview 30412 -o docs"));
    }

    [Fact]
    public async Task Preview_onto_an_existing_file_keeps_the_force_hint()
    {
        File.WriteAllText(Cli.PathOf("cited.pdf"), "mine");
        Assert.Equal($"error: {Cli.PathOf("cited.pdf")} already exists: choose another --output or add --force.", await FailsWith("pages preview 30412 -o cited.pdf"));
        Assert.Equal("mine", File.ReadAllText(Cli.PathOf("cited.pdf")));
    }

    [Fact]
    public async Task Preview_where_no_file_can_be_created_says_so()
    {
        if (!OperatingSystem.IsLinux()) return; // /proc takes no new files, even from root.
        Assert.Equal("error: cannot write /proc/cited.pdf: the folder /proc does not take new files. Choose another --output.", await FailsWith("pages preview 30412 -o /proc/cited.pdf"));
    }

    [Fact]
    public async Task Upload_of_a_folder_asks_for_a_file()
    {
        Directory.CreateDirectory(Cli.PathOf("docs"));
        Assert.Equal($"error: {Cli.PathOf("docs")} is a folder: give --file a file.", await FailsWith("sources add 1042 --file docs"));
    }

    [Fact]
    public async Task Upload_from_a_missing_folder_names_the_folder() =>
        Assert.Equal($"error: no file at {Cli.PathOf("nowhere/guide.pdf")}: the folder {Cli.PathOf("nowhere")} does not exist. Check the --file path.",
            await FailsWith("sources add 1042 --file nowhere/guide.pdf"));
}
