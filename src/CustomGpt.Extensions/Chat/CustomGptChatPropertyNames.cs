using Microsoft.Extensions.AI;

namespace CustomGpt;

/// <summary>The keys under which the chat client puts CustomGPT data into <c>AdditionalProperties</c>.</summary>
public static class CustomGptChatPropertyNames
{
    /// <summary>
    /// The ids of the citations backing an answer, an <see cref="IReadOnlyList{T}"/> of <see cref="int"/>:
    /// on the <see cref="ChatResponse"/> and its message, and on the final <see cref="ChatResponseUpdate"/>
    /// of a stream. Read their sources with <c>client.Citations.GetAsync(agentId, id)</c>.
    /// </summary>
    public const string Citations = "citations";
}
