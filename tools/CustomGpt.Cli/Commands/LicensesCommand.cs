using System.CommandLine;
using CustomGpt.Cli.Output;
using CustomGpt.Cli.Views;
using Spectre.Console;

namespace CustomGpt.Cli.Commands;

/// <summary><c>customgpt licenses list|show|create|update|delete</c>: keys that let others use an agent.</summary>
internal static class LicensesCommand
{
    public static Command Create(CommandRunner runner) => new("licenses", "An agent's licenses: keys that let others use it.")
    {
        List(runner), Show(runner), New(runner), Update(runner), Delete(runner),
    };

    static Argument<int> LicenseId() => Ids.Of("license-id", "The license's id.");

    static Command List(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        return runner.Shows("list", "List an agent's licenses.", [agentId],
            context => context.Api.Licenses.ListAsync(context.Get(agentId), context.CancellationToken),
            licenses => Tables.Rows(licenses, LicenseViews.Columns));
    }

    static Command Show(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var licenseId = LicenseId();
        return runner.Shows("show", "Show one license.", [agentId, licenseId],
            context => context.Api.Licenses.GetAsync(context.Get(agentId), context.Get(licenseId), context.CancellationToken),
            LicenseViews.Details);
    }

    static Command New(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var name = new Option<string>("--name") { Description = "Who or what the license is for.", Required = true };
        return runner.Shows("create", "Create a license; its key is shown once.", [agentId, name],
            context => context.Api.Licenses.CreateAsync(context.Get(agentId), new CreateLicenseRequest { Name = context.Get(name) }, context.CancellationToken),
            created => new Rows(
                new Text($"Created license \"{created.License?.Name}\". Its key: {created.LicenseKey}"),
                created.License is { } license ? LicenseViews.Details(license) : Text.Empty));
    }

    static Command Update(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var licenseId = LicenseId();
        var name = new Option<string>("--name") { Description = "The license's new name.", Required = true };
        return runner.Shows("update", "Rename a license.", [agentId, licenseId, name],
            context => context.Api.Licenses.UpdateAsync(context.Get(agentId), context.Get(licenseId), new UpdateLicenseRequest { Name = context.Get(name) }, context.CancellationToken),
            LicenseViews.Details);
    }

    static Command Delete(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var licenseId = LicenseId();
        return runner.Deletes("delete", "Revoke a license.", [agentId, licenseId], parse => $"license {parse.GetValue(licenseId)} of agent {parse.GetValue(agentId)}",
            context => context.Api.Licenses.DeleteAsync(context.Get(agentId), context.Get(licenseId), context.CancellationToken),
            (context, result) => Confirmation.Deleted($"license {context.Get(licenseId)}", result.Deleted));
    }
}
