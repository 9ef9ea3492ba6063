using CustomGpt.Extensions.Tests.Infrastructure;
using Microsoft.Extensions.AI;

namespace CustomGpt.Extensions.Tests.Chat;

// The SDK has a ChatRole of its own (the OpenAI-format endpoint\'s); these tests speak the abstraction\'s.
using ChatRole = Microsoft.Extensions.AI.ChatRole;

/// <summary>The IChatClient over an agent, against the recorded exchanges in Recordings/Chat.</summary>
public sealed class ChatClientTests : IDisposable
{
    const int AgentId = 1042;
    const string SessionId = "9a4d3c1e-7b2f-4e8a-b6d0-3f5c2a1e8d47";
    const string ConversationsPath = "/api/v1/projects/1042/conversations";
    const string MessagesPath = ConversationsPath + "/" + SessionId + "/messages";

    readonly ApiServer _api = ApiServer.Replaying("Chat");
    readonly CustomGptClient _client;

    public ChatClientTests() =>
        _client = new CustomGptClient(new CustomGptClientOptions { ApiKey = "1234|chat-test-key", BaseUrl = _api.Url });

    [Fact]
    public async Task A_new_thread_starts_a_conversation_and_answers_with_its_session_id()
    {
        IChatClient chat = _client.AsChatClient(AgentId);

        var response = await chat.GetResponseAsync("How do I reset my password?");

        Assert.Equal("Open Settings, choose Security, then select Reset password. A reset link is sent to your email.", response.Text);
        Assert.Equal(SessionId, response.ConversationId);
        Assert.Equal("88131", response.ResponseId);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        var message = Assert.Single(response.Messages);
        Assert.Equal((ChatRole.Assistant, "88131"), (message.Role, message.MessageId));
        Assert.Single(_api.Requests("POST", ConversationsPath));
    }

    [Fact]
    public async Task A_kept_conversation_id_continues_the_same_conversation()
    {
        IChatClient chat = _client.AsChatClient(AgentId);
        List<ChatMessage> thread = [new(ChatRole.User, "How do I reset my password?")];
        var first = await chat.GetResponseAsync(thread);
        thread.AddMessages(first);
        thread.Add(new(ChatRole.User, "And if the link never arrives?"));

        var next = await chat.GetResponseAsync(thread, new ChatOptions { ConversationId = first.ConversationId });

        Assert.Equal("Check your spam folder; the link is valid for one hour. You can request a new one from the same page.", next.Text);
        Assert.Equal(SessionId, next.ConversationId);
        Assert.Single(_api.Requests("POST", ConversationsPath));
        // Only the newest user turn goes out: the conversation holds the rest.
        Assert.Equal(
            ["""{"prompt":"How do I reset my password?"}""", """{"prompt":"And if the link never arrives?"}"""],
            _api.Requests("POST", MessagesPath).Select(r => r.Body!));
    }

    [Fact]
    public async Task Citations_are_in_the_additional_properties_and_resolved_into_annotations()
    {
        var response = await _client.AsChatClient(AgentId).GetResponseAsync("How do I reset my password?");

        Assert.Equal([30412, 30418], Assert.IsAssignableFrom<IReadOnlyList<int>>(response.AdditionalProperties![CustomGptChatPropertyNames.Citations]));
        Assert.Equal([30412, 30418], Assert.IsAssignableFrom<IReadOnlyList<int>>(response.Messages[0].AdditionalProperties![CustomGptChatPropertyNames.Citations]));
        // 30418's source is gone (404): it is left out of the annotations, not a failure of the answer.
        var citation = Assert.IsType<CitationAnnotation>(Assert.Single(response.Messages[0].Contents.Single().Annotations!));
        Assert.Equal(("Reset your password", new Uri("https://docs.example.com/account/password"), "Steps to reset a forgotten password from the Security settings."),
            (citation.Title, citation.Url, citation.Snippet));
        Assert.Equal(30412, citation.AdditionalProperties!["citation_id"]);
    }

    [Fact]
    public async Task Citations_are_not_looked_up_when_resolution_is_off()
    {
        var response = await _client.AsChatClient(AgentId, new CustomGptChatClientOptions { ResolveCitations = false })
            .GetResponseAsync("How do I reset my password?");

        Assert.Null(response.Messages[0].Contents.Single().Annotations);
        Assert.Equal([30412, 30418], (IReadOnlyList<int>)response.AdditionalProperties![CustomGptChatPropertyNames.Citations]!);
        Assert.DoesNotContain(_api.Server.LogEntries, e => e.RequestMessage!.Path.Contains("/citations/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_streamed_answer_arrives_delta_by_delta_and_ends_with_the_message_and_its_citations()
    {
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in _client.AsChatClient(AgentId).GetStreamingResponseAsync("How do I reset my password?"))
            updates.Add(update);

        Assert.Equal(["Open Settings, ", "choose Security, then select Reset password.", ""], updates.Select(u => u.Text));
        Assert.All(updates, u => Assert.Equal(SessionId, u.ConversationId));
        var finish = updates[^1];
        Assert.Equal(("88131", ChatFinishReason.Stop), (finish.ResponseId, finish.FinishReason));
        Assert.Equal([30412, 30418], (IReadOnlyList<int>)finish.AdditionalProperties![CustomGptChatPropertyNames.Citations]!);

        var response = updates.ToChatResponse();
        Assert.Equal("Open Settings, choose Security, then select Reset password.", response.Text);
        var message = Assert.Single(response.Messages);
        Assert.Equal("88131", message.MessageId);
        Assert.Equal([30412, 30418], (IReadOnlyList<int>)message.AdditionalProperties![CustomGptChatPropertyNames.Citations]!);
        Assert.Equal("Reset your password", Assert.IsType<CitationAnnotation>(Assert.Single(message.Contents.SelectMany(c => c.Annotations ?? []))).Title);
    }

    [Fact]
    public async Task System_messages_and_instructions_become_the_persona_of_the_message()
    {
        IChatClient chat = _client.AsChatClient(AgentId, new CustomGptChatClientOptions { ResolveCitations = false });
        List<ChatMessage> messages = [new(ChatRole.System, "Answer in one sentence."), new(ChatRole.User, "How do I reset my password?")];

        await chat.GetResponseAsync(messages, new ChatOptions { ConversationId = SessionId, Instructions = "You are the handbook bot." });

        var body = _api.Requests("POST", MessagesPath).Single().Body!;
        Assert.Contains("You are the handbook bot.\\n\\nAnswer in one sentence.", body);
    }

    [Fact]
    public async Task Errors_of_the_API_reach_the_caller_as_SDK_exceptions()
    {
        var error = await Assert.ThrowsAsync<CustomGptNotFoundException>(() =>
            _client.AsChatClient(7).GetResponseAsync("Anyone there?"));

        Assert.Equal("Conversations_Create", error.OperationId);
    }

    [Fact]
    public void The_client_describes_itself_and_hands_out_the_SDK_client()
    {
        IChatClient chat = _client.AsChatClient(AgentId);

        var metadata = chat.GetService<ChatClientMetadata>()!;
        Assert.Equal(("customgpt", _api.Url), (metadata.ProviderName, metadata.ProviderUri));
        Assert.Same(_client, chat.GetService<CustomGptClient>());
        Assert.Same(chat, chat.GetService<IChatClient>());
    }

    public void Dispose()
    {
        _client.Dispose();
        _api.Dispose();
    }
}
