using CustomGpt.SpecTool.Diff;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>
/// The vendor's published documents, read in place from the reference folder beside the
/// repository (never copied into it); tests that need them skip when the folder is absent.
/// </summary>
internal static class VendorHistory
{
    static string Folder => Path.GetDirectoryName(RepoFiles.VendorDocument)!;

    /// <summary>The name of the newest document, for <see cref="Diff"/>.</summary>
    public const string Newest = "newest";

    /// <summary>The diff between two published versions (a date of history/, or <see cref="Newest"/>).</summary>
    public static DiffReport Diff(string oldVersion, string newVersion) => ContractDiff.Compare(Load(oldVersion), Load(newVersion));

    static ApiDocument Load(string version)
    {
        var path = version == Newest ? RepoFiles.VendorDocument : Path.Combine(Folder, "history", version + ".json");
        Skip.IfNot(File.Exists(path), $"The vendor's reference document {path} is absent; the history tests need ../shared/customgpt beside the repository.");
        return ApiDocument.Parse(File.ReadAllText(path), version);
    }

    /// <summary>Asserts that the report holds a change of <paramref name="ruleId"/> at exactly <paramref name="location"/> (and with <paramref name="detail"/> when given).</summary>
    public static void AssertFound(DiffReport report, string ruleId, string location, string? detail = null)
    {
        var found = report.Changes.Any(c => c.Rule.Id == ruleId && c.Location.ToString() == location && (detail == null || c.Detail == detail));
        Assert.True(found, $"Expected {ruleId} at {location}{(detail == null ? "" : $" ({detail})")}; the diff found:\n{TextReport.Render(report)}");
    }

    /// <summary>The locations of the changes of <paramref name="ruleId"/>.</summary>
    public static IReadOnlyList<string> Where(DiffReport report, string ruleId) =>
        [.. report.Changes.Where(c => c.Rule.Id == ruleId).Select(c => c.Location.ToString())];

    /// <summary>Asserts the counts per severity.</summary>
    public static void AssertCounts(DiffReport report, int breaking, int warning, int info) =>
        Assert.Equal((breaking, warning, info), (report.Count(Severity.Breaking), report.Count(Severity.Warning), report.Count(Severity.Info)));
}
