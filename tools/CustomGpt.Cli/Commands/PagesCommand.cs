using System.CommandLine;
using CustomGpt.Cli.Views;

namespace CustomGpt.Cli.Commands;

/// <summary><c>customgpt pages list|delete|reindex|preview</c>: the pages an agent has indexed.</summary>
internal static class PagesCommand
{
    public static Command Create(CommandRunner runner) => new("pages", "The pages an agent has indexed, and the files behind citations.")
    {
        List(runner), Delete(runner), Reindex(runner), PreviewCommand.Create(runner),
    };

    static Argument<int> PageId() => Ids.Of("page-id", "The page's id (`customgpt pages list <agent-id>` shows them).");

    static Command List(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var crawl = ChoiceOption.Create<PageStatusFilter>("--crawl-status", "Only pages whose crawl is in this state.");
        var index = ChoiceOption.Create<PageStatusFilter>("--index-status", "Only pages whose indexing is in this state.");
        var command = new Command("list", "List an agent's pages, a page at a time.") { agentId, crawl, index };
        var paging = ListOptions.AddTo(command);
        runner.Runs(command, context => Listing.ShowAsync(context, paging,
            page => context.Api.Pages.ListAllAsync(context.Get(agentId), new PageListOptions { Page = page, CrawlStatus = context.Get(crawl), IndexStatus = context.Get(index) }, context.CancellationToken),
            PageViews.Columns, "pages"));
        return command;
    }

    static Command Delete(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var pageId = PageId();
        return runner.Deletes("delete", "Remove a page from an agent's knowledge.", [agentId, pageId], parse => $"page {parse.GetValue(pageId)} of agent {parse.GetValue(agentId)}",
            context => context.Api.Pages.DeleteAsync(context.Get(agentId), context.Get(pageId), context.CancellationToken),
            (context, result) => Confirmation.Deleted($"page {context.Get(pageId)}", result.Deleted));
    }

    static Command Reindex(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var pageId = PageId();
        return runner.Confirms("reindex", "Crawl and index a page again.", [agentId, pageId],
            context => context.Api.Pages.ReindexAsync(context.Get(agentId), context.Get(pageId), context.CancellationToken),
            (context, result) => result.Updated == false ? $"The API did not queue page {context.Get(pageId)}." : $"Queued page {context.Get(pageId)} for re-indexing.");
    }
}
