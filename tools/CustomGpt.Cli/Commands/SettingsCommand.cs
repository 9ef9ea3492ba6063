using System.CommandLine;
using CustomGpt.Cli.Views;

namespace CustomGpt.Cli.Commands;

/// <summary><c>customgpt settings show|update</c>: how an agent answers and looks.</summary>
internal static class SettingsCommand
{
    public static Command Create(CommandRunner runner) => new("settings", "An agent's settings: how it answers and how its chat looks.")
    {
        Show(runner), Update(runner),
    };

    static Command Show(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        return runner.Shows("show", "Show an agent's settings.", [agentId],
            context => context.Api.AgentSettings.GetAsync(context.Get(agentId), context.CancellationToken),
            SettingsViews.Details);
    }

    static Command Update(CommandRunner runner)
    {
        var agentId = Ids.Agent();
        var model = ChoiceOption.Create<ChatbotModel>("--model", "The model that writes the answers.");
        var persona = new Option<string?>("--persona") { Description = "Instructions for the agent's persona and tone." };
        var prompt = new Option<string?>("--default-prompt") { Description = "The placeholder of the question box." };
        var examples = new Option<string[]>("--example-question") { Description = "An example question shown to users; repeat for several." };
        var source = ChoiceOption.Create<ResponseSource>("--answer-source", "Answer from your content only (own_content) or also from the model's knowledge (openai_content).");
        var language = new Option<string?>("--language") { Description = "The language of the chat's messages, e.g. en." };
        var noAnswer = new Option<string?>("--no-answer-message") { Description = "What the agent says when its content has no answer." };
        var title = new Option<string?>("--title") { Description = "The chat window's title." };
        return runner.Confirms("update", "Change an agent's settings; what is not given stays as it is.", [agentId, model, persona, prompt, examples, source, language, noAnswer, title],
            context => context.Api.AgentSettings.UpdateAsync(context.Get(agentId), new UpdateAgentSettingsRequest
                {
                    DefaultPrompt = context.Get(prompt), ExampleQuestions = context.Get(examples) is { Length: > 0 } given ? given : null,
                    ResponseSource = context.Get(source), ChatbotMsgLang = context.Get(language), PersonaInstructions = context.Get(persona),
                    NoAnswerMessage = context.Get(noAnswer), ChatbotModel = context.Get(model), ChatbotTitle = context.Get(title),
                }, context.CancellationToken),
            (context, result) => result.Updated == false
                ? $"The API did not change the settings of agent {context.Get(agentId)}."
                : $"Updated the settings of agent {context.Get(agentId)}.");
    }
}
