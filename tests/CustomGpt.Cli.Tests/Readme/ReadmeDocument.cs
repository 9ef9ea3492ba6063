using System.Text.RegularExpressions;

namespace CustomGpt.Cli.Tests.Readme;

/// <summary>The fenced code blocks of the README, in order.</summary>
public static class ReadmeDocument
{
    /// <summary>How the README runs the CLI from the repository.</summary>
    public const string DotnetRun = "dotnet run --project tools/CustomGpt.Cli -- ";

    public static IReadOnlyList<string[]> CodeBlocks(string markdown) =>
        Regex.Matches(markdown.Replace("\r\n", "\n"), "^```[^\n]*\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(block => block.Groups[1].Value.TrimEnd('\n').Split('\n'))
            .ToList();

    /// <summary>Every <c>customgpt ...</c> line of every block, without the command name or a trailing comment.</summary>
    public static IEnumerable<string> CliExamples(string markdown) =>
        CodeBlocks(markdown).SelectMany(lines => lines)
            .Where(line => line.StartsWith("customgpt ", StringComparison.Ordinal))
            .Select(line => Regex.Replace(line["customgpt ".Length..], @"\s+#.*$", "").Trim());
}
