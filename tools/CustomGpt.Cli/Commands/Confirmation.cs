namespace CustomGpt.Cli.Commands;

/// <summary>The one-line answers of commands that change something.</summary>
internal static class Confirmation
{
    /// <param name="what">What was deleted, e.g. <c>source 2210</c>.</param>
    /// <param name="deleted">What the API said; a missing answer counts as done, as the call succeeded.</param>
    public static string Deleted(string what, bool? deleted) => deleted == false ? $"The API did not delete {what}." : $"Deleted {what}.";
}
