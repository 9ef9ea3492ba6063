using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using Newtonsoft.Json;

namespace CustomGpt.Benchmarks.Clients;

/// <summary>
/// The baseline of every group: the same calls written by hand with <see cref="HttpClient"/> and
/// Newtonsoft, reading the response stream into the SDK's own models. It does what a careful
/// developer would, and no more: one serializer with Newtonsoft's defaults created once, the
/// token and Accept header per request, no error mapping, no tolerance for loose values.
/// </summary>
internal sealed class HandWrittenApi(HttpClient http, Uri baseUrl, string apiKey)
{
    static readonly JsonSerializer Serializer = new();
    static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    static readonly MediaTypeWithQualityHeaderValue EventStream = new("text/event-stream");
    readonly AuthenticationHeaderValue _token = new("Bearer", apiKey);

    public async Task<Agent> GetAgentAsync(int projectId, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/v1/projects/{projectId}", Json, null, cancellationToken).ConfigureAwait(false);
        var envelope = await ReadAsync<DataEnvelope<Agent>>(response, cancellationToken).ConfigureAwait(false);
        return envelope.Data!;
    }

    public async Task<MessagesResult> ListMessagesAsync(int projectId, string sessionId, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, $"api/v1/projects/{projectId}/conversations/{sessionId}/messages", Json, null, cancellationToken).ConfigureAwait(false);
        var envelope = await ReadAsync<DataEnvelope<MessagesResult>>(response, cancellationToken).ConfigureAwait(false);
        return envelope.Data!;
    }

    /// <summary>Every agent of every page: ask for page 1, 2, ... until <c>last_page</c>.</summary>
    public async IAsyncEnumerable<Agent> ListAllAgentsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var number = 1; ; number++)
        {
            AgentPage page;
            using (var response = await SendAsync(HttpMethod.Get, $"api/v1/projects?page={number}", Json, null, cancellationToken).ConfigureAwait(false))
                page = (await ReadAsync<DataEnvelope<AgentPage>>(response, cancellationToken).ConfigureAwait(false)).Data!;
            foreach (var agent in page.Data!) yield return agent;
            if (number >= page.LastPage) yield break;
        }
    }

    /// <summary>A streamed answer read line by line: each <c>data:</c> line is one event.</summary>
    public async IAsyncEnumerable<MessageStreamEvent> StreamAnswerAsync(int projectId, string sessionId, string prompt, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var body = new StringContent(JsonConvert.SerializeObject(new SendMessageRequest { Prompt = prompt }), Encoding.UTF8, "application/json");
        using var response = await SendAsync(HttpMethod.Post, $"api/v1/projects/{projectId}/conversations/{sessionId}/messages?stream=true", EventStream, body, cancellationToken).ConfigureAwait(false);
        using var lines = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (!line.StartsWith("data:", StringComparison.Ordinal)) continue;
            using var json = new JsonTextReader(new StringReader(line[5..]));
            var streamEvent = Serializer.Deserialize<MessageStreamEvent>(json)!;
            yield return streamEvent;
            if (streamEvent.Status == MessageStreamStatus.Finish) yield break;
        }
    }

    async Task<HttpResponseMessage> SendAsync(HttpMethod method, string relativeUrl, MediaTypeWithQualityHeaderValue accept, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUrl, relativeUrl)) { Content = content };
        request.Headers.Authorization = _token;
        request.Headers.Accept.Add(accept);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        return response.EnsureSuccessStatusCode();
    }

    /// <summary>The API's <c>{"status", "data"}</c> answer, as a hand-written client declares it (the SDK's own envelopes are internal).</summary>
    sealed class DataEnvelope<T>
    {
        [JsonProperty("data")]
        public T? Data { get; set; }
    }

    static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
        using var json = new JsonTextReader(reader);
        return Serializer.Deserialize<T>(json)!;
    }
}
