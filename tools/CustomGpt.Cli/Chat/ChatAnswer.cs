using Newtonsoft.Json;

namespace CustomGpt.Cli.Chat;

/// <summary>One answer of a chat as <c>--json</c> prints it.</summary>
internal sealed record ChatAnswer(
    [property: JsonProperty("session_id")] string SessionId,
    [property: JsonProperty("message_id")] int? MessageId,
    [property: JsonProperty("question")] string Question,
    [property: JsonProperty("answer")] string Answer,
    [property: JsonProperty("citations")] IReadOnlyList<Citation> Citations);

/// <summary>A source an answer cites: its citation id and, when the API could say, its page.</summary>
internal sealed record Citation(
    [property: JsonProperty("id")] int Id,
    [property: JsonProperty("title")] string? Title,
    [property: JsonProperty("url")] string? Url);
