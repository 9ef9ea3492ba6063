namespace CustomGpt.Tests.Streaming;

/// <summary>Event data as the API streams it, and the calls that ask for it.</summary>
internal static class StreamSamples
{
    /// <summary>How long a test waits for something that should happen at once; only a failing test waits it out.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    public const string Start = """{"status":"start","prompt":"Say hello"}""";
    public const string Hel = """{"status":"progress","message":"Hel"}""";
    public const string Empty = """{"status":"progress","message":""}""";
    public const string Lo = """{"status":"progress","message":"lo!"}""";
    public const string Finish = """{"status":"finish","id":433,"created_at":"2025-03-01T10:15:00Z","session_id":"abc-123","citations":[12074,12075]}""";

    public static string[] WholeAnswer => [Start, Hel, Empty, Lo, Finish];

    public static SendMessageRequest Question => new() { Prompt = "Say hello" };

    public static IAsyncEnumerable<MessageStreamEvent> SendMessageStream(this CustomGptClient client, CancellationToken cancellationToken = default) =>
        client.Conversations.SendMessageStreamAsync(7, "abc-123", Question, cancellationToken: cancellationToken);

    public static string Chunk(string content, string? finishReason = null) =>
        $$"""{"id":"99","object":"chat.completion.chunk","created":1700000000,"model":null,"choices":[{"index":0,"delta":{"content":"{{content}}"},"finish_reason":{{(finishReason is null ? "null" : $"\"{finishReason}\"")}}}]}""";

    public static ChatCompletionRequest ChatQuestion => new()
    {
        Messages = [new ChatCompletionRequestMessage { Role = ChatRole.User, Content = "Say hello" }],
        Stream = false,
    };

    /// <summary>Every item of <paramref name="items"/>, added to <paramref name="seen"/> as it arrives (so a test can see what came before a failure).</summary>
    public static async Task<List<T>> DrainAsync<T>(this IAsyncEnumerable<T> items, List<T>? seen = null)
    {
        seen ??= [];
        await foreach (var item in items) seen.Add(item);
        return seen;
    }
}
