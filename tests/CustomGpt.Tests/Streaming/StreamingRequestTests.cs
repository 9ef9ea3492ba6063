using CustomGpt.Json;
using CustomGpt.Streaming;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.Streaming;

/// <summary>The body of a streamed OpenAI-format request: the caller's request with "stream": true, every string as written.</summary>
public class StreamingRequestTests
{
    [Fact]
    public void The_body_asks_for_a_stream_and_keeps_date_like_strings_as_written()
    {
        const string content = "2025-03-01T10:15:00.1234567+02:00";
        var request = new ChatCompletionRequest { Messages = [new ChatCompletionRequestMessage { Role = ChatRole.User, Content = content }], Stream = false };

        var body = JObject.Parse(StreamingRequestBody.Of(request, CustomGptJson.CreateSettings()));

        Assert.True((bool)body["stream"]!);
        Assert.Contains($"\"{content}\"", StreamingRequestBody.Of(request, CustomGptJson.CreateSettings()));
        Assert.False(request.Stream);
    }

    [Fact]
    public void A_null_request_is_refused_at_the_call()
    {
        using var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/") });

        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => client.Conversations.SendMessageOpenAiStreamAsync(7, null!)).ParamName);
    }
}
