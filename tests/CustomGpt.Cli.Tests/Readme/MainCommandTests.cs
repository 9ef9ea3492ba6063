using System.Text.RegularExpressions;
using CustomGpt.Cli.Tests.Infrastructure;

namespace CustomGpt.Cli.Tests.Readme;

/// <summary>
/// The README's main command, as a newcomer without a key runs it: a separate process (the built
/// CLI from this test's output folder, which is what <c>dotnet run</c> runs after building), its
/// output compared with what the README shows.
/// </summary>
public sealed class MainCommandTests
{
    static readonly IReadOnlyList<string[]> Blocks = ReadmeDocument.CodeBlocks(Repository.ReadMe);

    [Fact]
    public void The_main_command_comes_first_then_the_test_command()
    {
        Assert.StartsWith(ReadmeDocument.DotnetRun + "chat ", Blocks[0][0]);
        var testBlock = Blocks.ToList().FindIndex(lines => lines.Contains("dotnet test Generated.sln -c Release"));
        Assert.True(testBlock > 0, "The README must keep `dotnet test Generated.sln -c Release` (CI runs it).");
        Assert.DoesNotContain(Blocks.Take(testBlock), lines => lines.Any(line => line.StartsWith("dotnet test", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_main_command_prints_what_the_readme_shows()
    {
        var args = ShellWords.Split(Blocks[0][0][ReadmeDocument.DotnetRun.Length..]);
        var shown = Blocks[1];

        var (exitCode, output, error) = await CliProcess.RunAsync(args);

        Assert.True(exitCode == 0, $"exit code {exitCode}\nstdout:\n{output}\nstderr:\n{error}");
        var expectedOut = string.Join("\n", shown.Where(line => !line.StartsWith("Sandbox:", StringComparison.Ordinal))) + "\n";
        Assert.Equal(expectedOut, output);
        // The port is the one free at the time.
        var notice = shown.Single(line => line.StartsWith("Sandbox:", StringComparison.Ordinal));
        Assert.Equal(Regex.Replace(notice, @"localhost:\d+", "localhost:PORT"), Regex.Replace(error.Trim(), @"localhost:\d+", "localhost:PORT"));
    }
}
