using System.CommandLine;
using CustomGpt.Cli.Output;
using CustomGpt.Cli.Uploads;
using CustomGpt.Cli.Views;
using Spectre.Console;

namespace CustomGpt.Cli.Commands;

/// <summary><c>customgpt sources list|add|delete|sync</c>: an agent's sitemaps and uploaded files.</summary>
internal static class SourcesCommand
{
    public static Command Create(CommandRunner runner) => new("sources", "An agent's knowledge sources: sitemaps and uploaded files.")
    {
        List(runner), Add(runner), Delete(runner), Sync(runner),
    };

    static Argument<int> SourceId() => Ids.Of("source-id", "The source's id (`customgpt sources list <agent-id>` shows them).");

    static Command List(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        return runner.Shows("list", "List an agent's sitemaps and uploads.", [agentId],
            context => context.Api.Sources.ListAsync(context.Get(agentId), context.CancellationToken),
            sources => Tables.Rows(SourceViews.All(sources), SourceViews.Columns));
    }

    static Command Add(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var sitemap = new Option<string?>("--sitemap") { Description = "URL of a sitemap to crawl.", HelpName = "url" };
        var file = new Option<string?>("--file") { Description = "A document to upload; its progress is shown.", HelpName = "path" };
        var ocr = new Option<bool>("--ocr") { Description = "Read text from images and scans in the file." };
        var command = runner.Shows("add", "Add a sitemap or upload a file to an agent.", [agentId, sitemap, file, ocr],
            context =>
            {
                var id = context.Get(agentId);
                bool? readScans = context.Get(ocr) ? true : null;
                return context.Get(file) is { } path
                    ? FileUpload.SendAsync(context, path, upload => context.Api.Sources.CreateAsync(id, new CreateSourceRequest { IsOcrEnabled = readScans, File = upload }, context.CancellationToken))
                    : context.Api.Sources.CreateAsync(id, new CreateSourceRequest { SitemapPath = context.Get(sitemap), IsOcrEnabled = readScans }, context.CancellationToken);
            },
            source => new Rows(new Text($"Added source {source.Id}; its pages are indexed in the background."), SourceViews.Details(source)));
        command.Validators.Add(result =>
        {
            if ((result.GetValue(sitemap) is null) == (result.GetValue(file) is null)) result.AddError("Give either --sitemap <url> or --file <path>.");
        });
        return command;
    }

    static Command Delete(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var sourceId = SourceId();
        return runner.Deletes("delete", "Remove a source and its pages from an agent.", [agentId, sourceId], parse => $"source {parse.GetValue(sourceId)} of agent {parse.GetValue(agentId)}",
            context => context.Api.Sources.DeleteAsync(context.Get(agentId), context.Get(sourceId), context.CancellationToken),
            (context, result) => Confirmation.Deleted($"source {context.Get(sourceId)}", result.Deleted));
    }

    static Command Sync(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var sourceId = SourceId();
        return runner.Shows("sync", "Re-crawl a sitemap now instead of on its schedule.", [agentId, sourceId],
            context => context.Api.Sources.SyncAsync(context.Get(agentId), context.Get(sourceId), context.CancellationToken),
            source => new Rows(new Text($"Started a sync of source {source.Id}."), SourceViews.Details(source)));
    }
}
