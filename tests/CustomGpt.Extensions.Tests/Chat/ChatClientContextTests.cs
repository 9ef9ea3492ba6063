using System.Net;
using System.Text;
using System.Text.Json;
using CustomGpt.Tests.Reliability;
using Microsoft.Extensions.AI;

namespace CustomGpt.Extensions.Tests.Chat;

/// <summary>
/// The chat client never resumes on the caller's SynchronizationContext. An await can only capture
/// it while it is still current: when everything before that await answered at once, on the
/// caller's thread. So each test answers at once but for one request, which comes a moment later.
/// </summary>
public class ChatClientContextTests
{
    const int AgentId = 1042;
    const string SessionId = "9a4d3c1e-7b2f-4e8a-b6d0-3f5c2a1e8d47";
    const string Create = "POST /api/v1/projects/1042/conversations";
    const string Send = "POST /api/v1/projects/1042/conversations/" + SessionId + "/messages";
    const string Stream = Send + "?stream";
    const string Citation = "GET /api/v1/projects/1042/citations/30412";

    /// <summary>The answers of Recordings/Chat by method and path, at once, or a moment later for those <paramref name="late"/> names.</summary>
    sealed class RecordedApi(CountingContext context, string late) : HttpMessageHandler
    {
        static readonly Dictionary<string, (int Status, string Type, string Body)> Answers = Load();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var key = $"{request.Method} {request.RequestUri!.AbsolutePath}{(request.RequestUri.Query.Contains("stream=true") ? "?stream" : "")}";
            var (status, type, body) = Answers[key];
            var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, type), RequestMessage = request };
            return key == late ? context.Later(response) : Task.FromResult(response);
        }

        static Dictionary<string, (int, string, string)> Load()
        {
            var answers = new Dictionary<string, (int, string, string)>();
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Recordings", "Chat"), "*.json"))
            {
                using var recording = JsonDocument.Parse(File.ReadAllText(file));
                var request = recording.RootElement.GetProperty("Request");
                var response = recording.RootElement.GetProperty("Response");
                var streamed = request.TryGetProperty("Params", out var parameters) && parameters.EnumerateArray().Any(p => p.GetProperty("Name").GetString() == "stream");
                var key = $"{request.GetProperty("Methods")[0].GetString()} {request.GetProperty("Path").GetProperty("Matchers")[0].GetProperty("Pattern").GetString()}{(streamed ? "?stream" : "")}";
                var body = response.TryGetProperty("Body", out var text) ? text.GetString()! : response.GetProperty("BodyAsJson").GetRawText();
                // The first recording of a key wins, as the highest priority would (the follow-up answer is not used here).
                answers.TryAdd(key, (response.GetProperty("StatusCode").GetInt32(), response.GetProperty("Headers").GetProperty("Content-Type").GetString()!, body));
            }
            return answers;
        }
    }

    static IChatClient Chat(CountingContext context, string late) =>
        new CustomGptClient(new CustomGptClientOptions { ApiKey = "1234|chat-test-key", BaseUrl = new Uri("https://api.test/") }, new HttpClient(new RecordedApi(context, late)))
            .AsChatClient(AgentId);

    static ChatOptions? Thread(bool kept) => kept ? new ChatOptions { ConversationId = SessionId } : null;

    [Theory]
    [InlineData(Create, false)]
    [InlineData(Send, true)]
    [InlineData(Citation, true)]
    public async Task An_answer(string late, bool keptThread)
    {
        var context = new CountingContext();
        var response = await context.Run(() => Chat(context, late).GetResponseAsync("How do I reset my password?", Thread(keptThread)));
        Assert.Equal(SessionId, response.ConversationId);
        Assert.Equal(0, context.Posts);
    }

    [Theory]
    [InlineData(Create, false)]
    [InlineData(Stream, true)]
    [InlineData(Citation, true)]
    public async Task A_streamed_answer(string late, bool keptThread)
    {
        var context = new CountingContext();
        await using var updates = Chat(context, late).GetStreamingResponseAsync("How do I reset my password?", Thread(keptThread)).GetAsyncEnumerator();
        var text = new StringBuilder();
        while (await context.Run(() => updates.MoveNextAsync().AsTask())) text.Append(updates.Current.Text);
        Assert.StartsWith("Open Settings, choose Security", text.ToString());
        Assert.Equal(0, context.Posts);
    }
}
