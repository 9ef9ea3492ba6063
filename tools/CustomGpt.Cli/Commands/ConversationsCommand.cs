using System.CommandLine;
using CustomGpt.Cli.Views;
using Spectre.Console;

namespace CustomGpt.Cli.Commands;

/// <summary><c>customgpt conversations list|create|delete|messages</c>.</summary>
internal static class ConversationsCommand
{
    public static Command Create(CommandRunner runner) => new("conversations", "An agent's conversations and their messages.")
    {
        List(runner), New(runner), Delete(runner), Messages(runner),
    };

    static Command List(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var order = ChoiceOption.Create<SortOrder>("--order", "Newest first (desc, the API's default) or oldest first (asc).");
        var command = new Command("list", "List an agent's conversations, a page at a time.") { agentId, order };
        var paging = ListOptions.AddTo(command);
        runner.Runs(command, context => Listing.ShowAsync(context, paging,
            page => context.Api.Conversations.ListAllAsync(context.Get(agentId), new ConversationListOptions { Page = page, Order = context.Get(order) }, context.CancellationToken),
            ConversationViews.Columns, "conversations"));
        return command;
    }

    static Command New(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var name = new Option<string?>("--name") { Description = "A name for the conversation." };
        return runner.Shows("create", "Start a conversation; `customgpt chat <agent-id> --session <id>` continues it.", [agentId, name],
            context => context.Api.Conversations.CreateAsync(context.Get(agentId), new CreateConversationRequest { Name = context.Get(name) }, context.CancellationToken),
            conversation => new Rows(new Text($"Started conversation {conversation.SessionId}."), ConversationViews.Details(conversation)));
    }

    static Command Delete(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var sessionId = Ids.Session();
        return runner.Deletes("delete", "Delete a conversation and its messages.", [agentId, sessionId], parse => $"conversation {parse.GetValue(sessionId)}",
            context => context.Api.Conversations.DeleteAsync(context.Get(agentId), context.Get(sessionId), context.CancellationToken),
            (context, result) => Confirmation.Deleted($"conversation {context.Get(sessionId)}", result.Deleted));
    }

    static Command Messages(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var sessionId = Ids.Session();
        var command = new Command("messages", "List the questions and answers of a conversation, oldest first.") { agentId, sessionId };
        var paging = ListOptions.AddTo(command);
        runner.Runs(command, context => Listing.ShowAsync(context, paging,
            page => context.Api.Conversations.ListAllMessagesAsync(context.Get(agentId), context.Get(sessionId), new MessageListOptions { Page = page, Order = SortOrder.Asc }, context.CancellationToken),
            ConversationViews.MessageColumns, "messages"));
        return command;
    }
}
