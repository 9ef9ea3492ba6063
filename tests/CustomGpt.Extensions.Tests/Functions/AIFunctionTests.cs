using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CustomGpt.Extensions.Tests.Infrastructure;
using Microsoft.Extensions.AI;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CustomGpt.Extensions.Tests.Functions;

/// <summary>
/// An agent as an <see cref="AIFunction"/>, called by a model of another provider through
/// <see cref="FunctionInvokingChatClient"/>, against the recorded exchanges in Recordings/Chat.
/// </summary>
public sealed class AIFunctionTests : IDisposable
{
    const int AgentId = 1042;
    // The key the recordings in Recordings/Chat ask for.
    const string Key = "1234|chat-test-key";
    const string SessionId = "9a4d3c1e-7b2f-4e8a-b6d0-3f5c2a1e8d47";
    const string ConversationsPath = "/api/v1/projects/1042/conversations";

    readonly ApiServer _api = ApiServer.Replaying("Chat");
    readonly CustomGptClient _client;

    public AIFunctionTests() =>
        _client = new CustomGptClient(new CustomGptClientOptions { ApiKey = Key, BaseUrl = _api.Url });

    [Fact]
    public async Task A_model_that_calls_the_function_gets_the_answer_its_session_and_its_sources()
    {
        var model = new ScriptedModel(new() { ["question"] = "How do I reset my password?" });
        var handbook = _client.AsAIFunction(AgentId);

        var response = await new FunctionInvokingChatClient(model).GetResponseAsync("Ask the handbook how to reset a password.", new ChatOptions { Tools = [handbook] });

        Assert.Equal("done", response.Text);
        Assert.Equal(ScriptedModel.CallId, model.Result!.CallId);
        var result = Assert.IsType<JsonElement>(model.Result.Result);
        Assert.Equal("Open Settings, choose Security, then select Reset password. A reset link is sent to your email.", result.GetProperty("answer").GetString());
        Assert.Equal(SessionId, result.GetProperty("sessionId").GetString());
        // 30418's source is gone (404): only the source that could be read is listed.
        var source = Assert.Single(result.GetProperty("citations").EnumerateArray());
        Assert.Equal(("Reset your password", "https://docs.example.com/account/password"), (source.GetProperty("title").GetString(), source.GetProperty("url").GetString()));
        Assert.Single(_api.Requests("POST", ConversationsPath));
    }

    [Fact]
    public async Task A_session_id_from_the_model_continues_that_conversation()
    {
        var model = new ScriptedModel(new() { ["question"] = "And if the link never arrives?", ["sessionId"] = SessionId });

        await new FunctionInvokingChatClient(model).GetResponseAsync("Follow up.", new ChatOptions { Tools = [_client.AsAIFunction(AgentId)] });

        var result = Assert.IsType<JsonElement>(model.Result!.Result);
        Assert.Equal("Check your spam folder; the link is valid for one hour. You can request a new one from the same page.", result.GetProperty("answer").GetString());
        Assert.Empty(_api.Requests("POST", ConversationsPath));
        Assert.Single(_api.Requests("POST", $"{ConversationsPath}/{SessionId}/messages"));
    }

    [Fact]
    public void By_default_the_function_is_named_and_described_for_the_model()
    {
        var byId = _client.AsAIFunction(AgentId);
        var byAgent = _client.AsAIFunction(new Agent { Id = AgentId, ProjectName = "Product handbook (v2)" });
        var custom = _client.AsAIFunction(AgentId, new CustomGptAIFunctionOptions { Name = "handbook", Description = "Our product's handbook." });
        var unnamable = _client.AsAIFunction(new Agent { Id = AgentId, ProjectName = "Справка" });

        Assert.Equal("ask_agent_1042", byId.Name);
        Assert.StartsWith("Asks the knowledge base of CustomGPT.ai agent 1042 a question.", byId.Description);
        Assert.Equal("ask_product_handbook_v2", byAgent.Name);
        Assert.StartsWith("Asks the Product handbook (v2) knowledge base a question.", byAgent.Description);
        Assert.Equal(("handbook", "Our product's handbook."), (custom.Name, custom.Description));
        Assert.Equal("ask_agent_1042", unnamable.Name);
    }

    [Fact]
    public void The_schema_asks_for_a_question_and_offers_a_session_id()
    {
        var schema = _client.AsAIFunction(AgentId).JsonSchema;

        Assert.Equal(["question"], schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var properties = schema.GetProperty("properties");
        Assert.Equal(["question", "sessionId"], properties.EnumerateObject().Select(p => p.Name));
        Assert.All(properties.EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString())));
    }

    [Fact]
    public async Task An_API_error_reaches_the_model_as_the_APIs_message_without_the_key()
    {
        _api.Server.Given(Request.Create().WithPath("/api/v1/projects/7/conversations").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("Content-Type", "application/json")
                .WithBody("""{"status":"error","data":{"code":404,"message":"Agent with id 7 not found"}}"""));
        var model = new ScriptedModel(new() { ["question"] = "Anyone there?" });

        await new FunctionInvokingChatClient(model) { IncludeDetailedErrors = true }
            .GetResponseAsync("Ask.", new ChatOptions { Tools = [_client.AsAIFunction(7)] });

        var error = Assert.IsType<CustomGptNotFoundException>(model.Result!.Exception);
        Assert.Equal("Conversations_Create", error.OperationId);
        var seen = model.Result.Result?.ToString() ?? "";
        Assert.Contains("Agent with id 7 not found", seen);
        Assert.DoesNotContain(Key, seen);
        Assert.DoesNotContain(" at ", seen);
    }

    [Fact]
    public async Task Cancelling_the_chat_call_cancels_the_question()
    {
        // An API that takes the request and never answers.
        var silentApi = new TcpListener(IPAddress.Loopback, 0);
        silentApi.Start();
        try
        {
            using var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = Key, BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)silentApi.LocalEndpoint).Port}/") });
            var model = new ScriptedModel(new() { ["question"] = "Anyone there?" });
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            var watch = Stopwatch.StartNew();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                new FunctionInvokingChatClient(model).GetResponseAsync("Ask.", new ChatOptions { Tools = [client.AsAIFunction(AgentId)] }, cancel.Token));

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        }
        finally
        {
            silentApi.Stop();
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _api.Dispose();
    }
}
