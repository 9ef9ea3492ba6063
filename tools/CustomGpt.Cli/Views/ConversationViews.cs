using CustomGpt.Cli.Output;
using Spectre.Console;

namespace CustomGpt.Cli.Views;

/// <summary>Conversations and their messages, for people.</summary>
internal static class ConversationViews
{
    public static readonly IReadOnlyList<Column<Conversation>> Columns =
    [
        new("Session", c => c.SessionId),
        new("Name", c => c.Name),
        new("Id", c => c.Id),
        new("Created", c => c.CreatedAt),
        new("Updated", c => c.UpdatedAt),
    ];

    public static readonly IReadOnlyList<Column<Message>> MessageColumns =
    [
        new("Id", m => m.Id),
        new("Question", m => m.UserQuery),
        new("Answer", m => m.OpenaiResponse),
        new("Citations", m => m.Citations),
        new("Asked", m => m.CreatedAt),
    ];

    public static Table Details(Conversation conversation) => Tables.Fields(
        ("Session", conversation.SessionId),
        ("Name", conversation.Name),
        ("Id", conversation.Id),
        ("Agent", conversation.ProjectId),
        ("Created", conversation.CreatedAt));
}
