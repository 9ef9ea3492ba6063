using Microsoft.Extensions.AI;

namespace CustomGpt.Extensions.Tests.Functions;

// The SDK has a ChatRole of its own (the OpenAI-format endpoint's); these tests speak the abstraction's.
using ChatRole = Microsoft.Extensions.AI.ChatRole;

/// <summary>
/// A chat client standing in for a model of another provider: asked anything, it calls the first tool
/// it is given with <paramref name="arguments"/>; given the tool's result, it answers "done" and keeps
/// the result for the test to read.
/// </summary>
public sealed class ScriptedModel(Dictionary<string, object?> arguments) : IChatClient
{
    public const string CallId = "call_1";

    /// <summary>The tools offered on the first request.</summary>
    public IList<AITool> OfferedTools { get; private set; } = [];

    /// <summary>What the tool call came back with.</summary>
    public FunctionResultContent? Result { get; private set; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().LastOrDefault();
        if (result is not null)
        {
            Result = result;
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "done")));
        }
        OfferedTools = options?.Tools ?? [];
        var tool = OfferedTools.First();
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent(CallId, tool.Name, arguments)])));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The tests ask without streaming.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose() { }
}
