using System.Text.RegularExpressions;
using CustomGpt.SpecTool.Diff;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>The rule ids are the stable interface of the diff: unique, kebab-case, each with a meaning.</summary>
public class RuleCatalogueTests
{
    [Fact]
    public void Rule_ids_are_unique_kebab_case_and_explained()
    {
        Assert.Equal(Rules.All.Count, Rules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(Rules.All, r => Assert.Matches("^[a-z]+(-[a-z]+)+$", r.Id));
        Assert.All(Rules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Meaning), r.Id));
    }

    [Fact]
    public void The_same_change_weighs_by_direction_stricter_input_breaks_callers_new_output_warns_readers()
    {
        Assert.Equal(Severity.Breaking, Rules.Request.EnumValueRemoved.Severity);
        Assert.Equal(Severity.Info, Rules.Response.EnumValueRemoved.Severity);
        Assert.Equal(Severity.Info, Rules.Request.EnumValueAdded.Severity);
        Assert.Equal(Severity.Warning, Rules.Response.EnumValueAdded.Severity);
        Assert.Equal(Severity.Breaking, Rules.Request.PropertyAddedRequired.Severity);
        Assert.Equal(Severity.Info, Rules.Response.PropertyAddedRequired.Severity);
        Assert.Matches(new Regex("^parameter-"), Rules.Parameter.TypeChanged.Id);
    }
}
