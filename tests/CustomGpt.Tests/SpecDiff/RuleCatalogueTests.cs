using System.Text.RegularExpressions;
using CustomGpt.SpecTool.Diff;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>The rule ids are the stable interface of the diff: unique, kebab-case, each with a meaning, listed in docs/DRIFT-RULES.md.</summary>
public class RuleCatalogueTests
{
    [Fact]
    public void Rule_ids_are_unique_kebab_case_and_explained()
    {
        Assert.Equal(Rules.All.Count, Rules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(Rules.All, r => Assert.Matches("^[a-z]+(-[a-z]+)+$", r.Id));
        Assert.All(Rules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Meaning), r.Id));
        Assert.All(Rules.All.Where(r => r.Oasdiff != null), r => Assert.Matches("^[a-z]+(-[a-z]+)+(, [a-z]+(-[a-z]+)+)*$", r.Oasdiff!));
    }

    [Fact]
    public void The_same_change_weighs_by_direction_stricter_input_breaks_callers_looser_output_breaks_readers()
    {
        Assert.Equal(Severity.Breaking, Rules.Request.EnumValueRemoved.Severity);
        Assert.Equal(Severity.Info, Rules.Response.EnumValueRemoved.Severity);
        Assert.Equal(Severity.Info, Rules.Request.EnumValueAdded.Severity);
        Assert.Equal(Severity.Warning, Rules.Response.EnumValueAdded.Severity);
        Assert.Equal(Severity.Breaking, Rules.Request.PropertyAddedRequired.Severity);
        Assert.Equal(Severity.Info, Rules.Response.PropertyAddedRequired.Severity);
        Assert.Equal((Severity.Breaking, Severity.Info), (Rules.Request.LengthTightened.Severity, Rules.Request.LengthLoosened.Severity));
        Assert.Equal((Severity.Info, Severity.Breaking), (Rules.Response.LengthTightened.Severity, Rules.Response.LengthLoosened.Severity));
        Assert.Equal((Severity.Breaking, Severity.Info), (Rules.Request.FormatAdded.Severity, Rules.Request.FormatRemoved.Severity));
        Assert.Equal((Severity.Info, Severity.Breaking), (Rules.Response.FormatAdded.Severity, Rules.Response.FormatRemoved.Severity));
        Assert.Matches(new Regex("^parameter-"), Rules.Parameter.TypeChanged.Id);
    }

    [Fact]
    public void Docs_drift_rules_lists_every_rule_as_the_tool_prints_it()
    {
        var doc = File.ReadAllText(Path.Combine(RepoFiles.Root, "docs", "DRIFT-RULES.md")).Replace("\r\n", "\n");
        var table = Regex.Match(doc, "<!-- rules:begin -->\n(.*)<!-- rules:end -->", RegexOptions.Singleline).Groups[1].Value;
        Assert.True(table == RuleCatalogue.Render("markdown"),
            "docs/DRIFT-RULES.md is out of date: replace its table with the output of `customgpt-spec diff --rules --format markdown`.");
        Assert.All(Rules.All, r => Assert.Contains($"| `{r.Id}` |", table));
    }
}
