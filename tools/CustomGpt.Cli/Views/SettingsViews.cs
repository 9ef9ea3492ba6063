using CustomGpt.Cli.Output;
using Spectre.Console;

namespace CustomGpt.Cli.Views;

/// <summary>An agent's settings, for people: what shapes its answers first, then its look.</summary>
internal static class SettingsViews
{
    public static Table Details(AgentSettings settings) => Tables.Fields(
        ("Model", settings.ChatbotModel),
        ("Persona", settings.PersonaInstructions),
        ("Default prompt", settings.DefaultPrompt),
        ("Example questions", settings.ExampleQuestions),
        ("Answer source", settings.ResponseSource),
        ("Language", settings.ChatbotMsgLang),
        ("No-answer message", settings.NoAnswerMessage),
        ("Citations", settings.CitationsViewType),
        ("Feedback", settings.EnableFeedbacks),
        ("Title", settings.ChatbotTitle),
        ("Colour", settings.ChatbotColor),
        ("Toolbar colour", settings.ChatbotToolbarColor));
}
