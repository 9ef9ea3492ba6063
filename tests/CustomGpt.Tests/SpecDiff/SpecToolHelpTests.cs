using CustomGpt.SpecTool;

namespace CustomGpt.Tests.SpecDiff;

/// <summary><c>--help</c> on the tool and on every verb exits 0 with the verb's full usage; a missing verb exits 2.</summary>
public class SpecToolHelpTests
{
    static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await SpecToolCli.RunAsync(args, output, error, new StringReader(""));
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("diff", "--format", "--fail-on", "--rules", "--base", "surface-breaking", "sarif")]
    [InlineData("import", "--vendor", "--out", "--check", "--update-lock", "--no-lock")]
    [InlineData("verify", "--spec", "--recordings", "--strict")]
    [InlineData("record", "--target", "--out", "--port", "--spec")]
    public async Task Every_verb_s_help_exits_0_with_every_option(string verb, params string[] options)
    {
        var (exit, output, error) = await Run(verb, "--help");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains($"customgpt-spec {verb}", output);
        Assert.All(options, option => Assert.Contains(option, output));
    }

    [Fact]
    public async Task The_tool_s_help_lists_the_verbs_and_no_verb_exits_2()
    {
        var (exit, output, _) = await Run("--help");
        Assert.Equal(0, exit);
        Assert.All(new[] { "import", "diff", "verify", "record" }, verb => Assert.Contains(verb, output));
        Assert.Equal(2, (await Run()).Exit);
        Assert.Equal(2, (await Run("compare")).Exit);
    }
}
