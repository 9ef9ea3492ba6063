using System.ComponentModel;
using System.Text.Json.Serialization;
using Microsoft.Extensions.AI;

namespace CustomGpt.Extensions.Functions;

/// <summary>
/// The method an agent's <see cref="AIFunction"/> wraps: one question through the agent's chat client,
/// whose conversation id is the session id. Its parameters and their descriptions become the function's
/// JSON schema.
/// </summary>
internal sealed class AgentQuestion(IChatClient agent)
{
    public async Task<AgentAnswer> AskAsync(
        [Description("The question, in the user's words.")] string question,
        [Description("The sessionId of an earlier answer, to ask a follow-up in its conversation. Omit it to start a new one.")] string? sessionId = null,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(question)) throw new ArgumentException("The question is empty: give the question to ask.", nameof(question));
        var response = await agent.GetResponseAsync(question, new ChatOptions { ConversationId = string.IsNullOrWhiteSpace(sessionId) ? null : sessionId }, cancellationToken).ConfigureAwait(false);
        // Two citations of one page are one source to the model.
        var citations = response.Messages
            .SelectMany(message => message.Contents)
            .SelectMany(content => content.Annotations ?? [])
            .OfType<CitationAnnotation>()
            .Select(citation => new CitedSource(citation.Title, citation.Url?.ToString()))
            .Distinct()
            .ToList();
        return new AgentAnswer(response.Text, response.ConversationId, citations);
    }
}

/// <summary>The function's result, as the model reads it (JSON).</summary>
internal sealed class AgentAnswer(string answer, string? sessionId, IReadOnlyList<CitedSource> citations)
{
    [JsonPropertyName("answer")]
    public string Answer { get; } = answer;

    [JsonPropertyName("sessionId")]
    public string? SessionId { get; } = sessionId;

    [JsonPropertyName("citations")]
    public IReadOnlyList<CitedSource> Citations { get; } = citations;
}

/// <summary>A source an answer cites.</summary>
internal sealed class CitedSource(string? title, string? url) : IEquatable<CitedSource>
{
    [JsonPropertyName("title")]
    public string? Title { get; } = title;

    [JsonPropertyName("url")]
    public string? Url { get; } = url;

    public bool Equals(CitedSource? other) => other is not null && Title == other.Title && Url == other.Url;

    public override bool Equals(object? obj) => Equals(obj as CitedSource);

    // Stryker disable once all : any hash that equal sources share serves Distinct; how the two halves are mixed only spreads them.
    public override int GetHashCode() => ((Title?.GetHashCode() ?? 0) * 397) ^ (Url?.GetHashCode() ?? 0);
}
