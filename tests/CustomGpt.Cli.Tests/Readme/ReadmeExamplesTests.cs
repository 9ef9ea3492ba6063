using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Readme;

/// <summary>Every <c>customgpt ...</c> line the README shows runs as written against the sandbox.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ReadmeExamplesTests(SandboxFixture sandbox) : CliTest(sandbox)
{
    public static TheoryData<string> Examples() => [.. ReadmeDocument.CliExamples(Repository.ReadMe).Distinct()];

    [Fact]
    public void The_readme_shows_examples() => Assert.True(Examples().Count >= 5);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Runs(string commandLine)
    {
        var args = ShellWords.Split(commandLine);
        // The files an example uploads are the reader's; here any content does.
        for (var i = 0; i < args.Length - 1; i++)
            if (args[i] == "--file") File.WriteAllText(Cli.PathOf(args[i + 1]), "Password resets are done from Settings > Security.");
        (await Cli.RunAsync(args)).Succeeded();
    }
}
