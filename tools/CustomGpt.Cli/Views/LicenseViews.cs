using CustomGpt.Cli.Output;
using Spectre.Console;

namespace CustomGpt.Cli.Views;

/// <summary>An agent's licenses, for people.</summary>
internal static class LicenseViews
{
    public static readonly IReadOnlyList<Column<License>> Columns =
    [
        new("Key", l => l.Key),
        new("Name", l => l.Name),
        new("Agent", l => l.ProjectId),
        new("Created", l => l.CreatedAt),
    ];

    public static Table Details(License license) => Tables.Fields(
        ("Key", license.Key),
        ("Name", license.Name),
        ("Agent", license.ProjectId),
        ("Created", license.CreatedAt),
        ("Updated", license.UpdatedAt));
}
