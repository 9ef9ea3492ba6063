using Microsoft.Extensions.AI;

namespace CustomGpt;

/// <summary>How the chat client of <see cref="CustomGptChatClientExtensions.AsChatClient"/> maps answers.</summary>
public sealed class CustomGptChatClientOptions
{
    /// <summary>
    /// Whether each answer's citations are looked up (one request per citation, in parallel) and attached
    /// to its text as <see cref="CitationAnnotation"/>s with title, URL and description. A citation that
    /// cannot be read (e.g. its source was deleted) is left out; its id stays in the citation ids.
    /// Default true.
    /// </summary>
    public bool ResolveCitations { get; set; } = true;
}
