using System.CommandLine;
using CustomGpt.Cli.Views;

namespace CustomGpt.Cli.Commands;

/// <summary><c>customgpt user show</c> and <c>customgpt limits</c>: the account behind the key.</summary>
internal static class AccountCommands
{
    public static Command User(CommandRunner runner) => new("user", "The account behind the API key.")
    {
        runner.Shows("show", "Show the account the API key belongs to.", [],
            context => context.Api.Users.GetAsync(context.CancellationToken),
            AccountViews.User),
    };

    public static Command Limits(CommandRunner runner) =>
        runner.Shows("limits", "Show the plan's limits and how much of them is used.", [],
            context => context.Api.Limits.GetUsageAsync(context.CancellationToken),
            AccountViews.Limits);
}
