using CustomGpt.Cli.Output;
using Spectre.Console;

namespace CustomGpt.Cli.Views;

/// <summary>The account behind the key and its plan's limits, for people.</summary>
internal static class AccountViews
{
    public static Table User(User user) => Tables.Fields(
        ("Id", user.Id),
        ("Name", user.Name),
        ("Email", user.Email),
        ("Team", user.CurrentTeamId),
        ("Created", user.CreatedAt));

    public static Table Limits(Limits limits) =>
        Tables.Rows(
            [
                ("Agents", limits.CurrentProjectsNum, limits.MaxProjectsNum),
                ("Queries", limits.CurrentQueries, limits.MaxQueries),
                ("Storage credits", limits.CurrentTotalStorageCredits, limits.MaxTotalStorageCredits),
            ],
            [new("Limit", row => row.Item1), new("Used", row => row.Item2), new("Of", row => row.Item3)]);
}
