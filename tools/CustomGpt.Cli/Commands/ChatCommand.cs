using System.CommandLine;
using CustomGpt.Cli.Chat;
using CustomGpt.Cli.Output;
using CustomGpt.Cli.Sandbox;

namespace CustomGpt.Cli.Commands;

/// <summary>
/// <c>customgpt chat &lt;agent-id&gt; [message]</c>: asks one question, or with no message holds a
/// conversation at the prompt, the answer streamed as it is written.
/// </summary>
internal static class ChatCommand
{
    const int NameLength = 60;

    public static Command Create(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var message = new Argument<string?>("message") { Description = "The question. Without one, chat at the prompt until an empty line or Ctrl+D.", Arity = ArgumentArity.ZeroOrOne };
        message.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && string.IsNullOrWhiteSpace(text))
                result.AddError("the message is empty: ask a question, or leave the message out to chat at the prompt");
        });
        var session = new Option<string?>("--session") { Description = "Continue this conversation (a session id) instead of starting one.", HelpName = "session-id" };
        var language = new Option<string?>("--lang") { Description = "The language of the exchange, e.g. en." };
        var command = new Command("chat", "Ask an agent; the answer streams in as it is written, then the sources it cites.") { agentId, message, session, language };
        runner.Runs(command, async context =>
        {
            var id = context.Get(agentId);
            var question = context.Get(message);
            var sessionId = context.Get(session) ?? await StartConversationAsync(context, id, question);
            var chat = new ChatSession(context.Api, id, sessionId, context.Get(language), context.Output);
            if (question is not null) await chat.AskAsync(question, context.CancellationToken);
            else await HoldConversationAsync(context, chat, id);
        });
        return command;
    }

    static async Task<string> StartConversationAsync(CommandContext context, int agentId, string? question)
    {
        // The CLI names the conversation, not the person: in the sandbox a recorded name stands in unseen.
        using var chosenByCli = SandboxDifferences.ChosenByCli();
        // Named after its first question, so it can be told apart in `conversations list`.
        var name = question is null ? "customgpt chat" : question.Length <= NameLength ? question : question[..NameLength] + "…";
        var conversation = await context.Api.Conversations.CreateAsync(agentId, new CreateConversationRequest { Name = name }, context.CancellationToken);
        return conversation.SessionId ?? throw new InvalidOperationException("The API started a conversation without a session id.");
    }

    static async Task HoldConversationAsync(CommandContext context, ChatSession chat, int agentId)
    {
        var output = context.Output;
        output.Notice($"Conversation {chat.SessionId}. Ask a question; an empty line or Ctrl+D ends it.");
        while (!context.CancellationToken.IsCancellationRequested)
        {
            output.Prompt("> ");
            var question = await context.Host.In.ReadLineAsync(context.CancellationToken);
            if (string.IsNullOrWhiteSpace(question)) break;
            try
            {
                await chat.AskAsync(question, context.CancellationToken);
            }
            catch (CustomGptApiException error)
            {
                // One failed question does not end the conversation.
                ErrorReport.Write(output, error, context.Verbose, context.Connection);
            }
        }
        output.Notice($"Continue later with: customgpt chat {agentId} --session {chat.SessionId}");
    }
}
