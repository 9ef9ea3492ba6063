using System.CommandLine;
using CustomGpt.Cli.Uploads;
using CustomGpt.Cli.Views;
using Spectre.Console;

namespace CustomGpt.Cli.Commands;

/// <summary><c>customgpt agents list|show|create|update|delete|replicate|stats</c>.</summary>
internal static class AgentsCommand
{
    public static Command Create(CommandRunner runner) => new("agents", "Your agents: list, show, create, update, delete, replicate, stats.")
    {
        List(runner), Show(runner), New(runner), Update(runner), Delete(runner), Replicate(runner), Stats(runner),
    };

    static Command List(CommandRunner runner)
    {
        var order = ChoiceOption.Create<SortOrder>("--order", "Newest first (desc, the API's default) or oldest first (asc).");
        var name = new Option<string?>("--name") { Description = "Only agents whose name matches this text." };
        var command = new Command("list", "List your agents, a page at a time.") { order, name };
        var paging = ListOptions.AddTo(command);
        runner.Runs(command, context => Listing.ShowAsync(context, paging,
            page => context.Api.Agents.ListAllAsync(new AgentListOptions { Page = page, Order = context.Get(order), Name = context.Get(name) }, context.CancellationToken),
            AgentViews.Columns, "agents"));
        return command;
    }

    static Command Show(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        return runner.Shows("show", "Show one agent.", [agentId],
            context => context.Api.Agents.GetAsync(context.Get(agentId), cancellationToken: context.CancellationToken),
            AgentViews.Details);
    }

    static Command New(CommandRunner runner)
    {
        var name = new Option<string>("--name") { Description = "The new agent's name.", Required = true };
        var sitemap = new Option<string?>("--sitemap") { Description = "URL of a sitemap whose pages become the agent's knowledge.", HelpName = "url" };
        var file = new Option<string?>("--file") { Description = "A document to upload as the agent's knowledge (PDF, Office, text, audio, video).", HelpName = "path" };
        var command = runner.Shows("create", "Create an agent from a sitemap or a file.", [name, sitemap, file],
            context => context.Get(file) is { } path
                ? FileUpload.SendAsync(context, path, upload => context.Api.Agents.CreateAsync(new CreateAgentRequest { ProjectName = context.Get(name), SitemapPath = context.Get(sitemap), File = upload }, context.CancellationToken))
                : context.Api.Agents.CreateAsync(new CreateAgentRequest { ProjectName = context.Get(name), SitemapPath = context.Get(sitemap) }, context.CancellationToken),
            agent => new Rows(new Text($"Created agent {agent.Id}."), AgentViews.Details(agent)));
        command.Validators.Add(result =>
        {
            if (result.GetValue(sitemap) is null && result.GetValue(file) is null) result.AddError("Give --sitemap <url> or --file <path>: an agent needs knowledge.");
        });
        return command;
    }

    static Command Update(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var name = new Option<string?>("--name") { Description = "A new name." };
        var sitemap = new Option<string?>("--sitemap") { Description = "A new sitemap URL.", HelpName = "url" };
        var shared = BooleanOption.Create("--shared", "Whether the agent's public link works.");
        var licenses = BooleanOption.Create("--licenses", "Whether licenses may be created for it.");
        return runner.Shows("update", "Change an agent's name, sitemap or sharing.", [agentId, name, sitemap, shared, licenses],
            context => context.Api.Agents.UpdateAsync(context.Get(agentId), new UpdateAgentRequest { ProjectName = context.Get(name), IsShared = context.Get(shared),
                SitemapPath = context.Get(sitemap), AreLicensesAllowed = context.Get(licenses) }, context.CancellationToken),
            agent => new Rows(new Text($"Updated agent {agent.Id}."), AgentViews.Details(agent)));
    }

    static Command Delete(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        return runner.Deletes("delete", "Delete an agent and everything in it.", [agentId], parse => $"agent {parse.GetValue(agentId)}",
            context => context.Api.Agents.DeleteAsync(context.Get(agentId), context.CancellationToken),
            (context, result) => Confirmation.Deleted($"agent {context.Get(agentId)}", result.Deleted));
    }

    static Command Replicate(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var command = new Command("replicate", "Copy an agent with its settings and sources.") { agentId };
        runner.Runs(command, async context =>
        {
            var copy = await context.Api.Agents.ReplicateAsync(context.Get(agentId), context.CancellationToken);
            context.Output.Show(copy, () => new Rows(new Text($"Copied agent {context.Get(agentId)} to agent {copy.Id}."), AgentViews.Details(copy)));
        });
        return command;
    }

    static Command Stats(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        return runner.Shows("stats", "Show an agent's pages, words and credits used.", [agentId],
            context => context.Api.Agents.GetStatsAsync(context.Get(agentId), context.CancellationToken),
            AgentViews.Stats);
    }
}
