using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Newtonsoft.Json;

namespace CustomGpt.Streaming;

/// <summary>
/// The open <c>text/event-stream</c> response of one operation. It hands out each event's data as
/// soon as the parser has it, reads data into the generated models, and words every failure as a
/// <see cref="CustomGptApiException"/> naming the operation. Reading to the end, failing, or
/// abandoning the enumeration disposes the response.
/// </summary>
internal sealed class EventStream
{
    readonly HttpResponseMessage _response;
    readonly string _operationId;
    readonly JsonSerializer _serializer;
    readonly IReadOnlyDictionary<string, IEnumerable<string>> _headers;
    readonly IReadOnlyList<string> _secrets;

    EventStream(HttpResponseMessage response, string operationId, JsonSerializerSettings settings)
    {
        _response = response;
        _operationId = operationId;
        _serializer = JsonSerializer.Create(settings);
        // One event's data is one JSON value; anything after it means the data is not what we think.
        _serializer.CheckAdditionalContent = true;
        // Kept now: failures are raised after the response has been disposed.
        _headers = ErrorResponses.HeadersOf(response);
        _secrets = SecretText.SentWith(response.RequestMessage);
    }

    /// <summary>
    /// Takes ownership of a successful response. A JSON body where events were asked for is an
    /// error envelope (or a server that ignored streaming), so it fails here rather than reading as
    /// an empty stream.
    /// </summary>
    public static async Task<EventStream> StartAsync(HttpResponseMessage response, string operationId, JsonSerializerSettings settings, CancellationToken cancellationToken)
    {
        if (response.Content?.Headers.ContentType?.MediaType != "application/json")
            return new EventStream(response, operationId, settings);
        using (response)
        {
            // Only its start: where events were asked for, a JSON body is not read whole into memory.
            var body = await ErrorResponses.ReadStartAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var (code, message) = ErrorResponses.Parse(body);
            throw ErrorResponses.Create(new ErrorDetails((int)response.StatusCode, code, message ?? "the API answered with JSON, not an event stream", operationId, body, ErrorResponses.HeadersOf(response))
            {
                Secrets = SecretText.SentWith(response.RequestMessage),
            });
        }
    }

    /// <summary>The <c>data</c> of each event, in order, as it arrives.</summary>
    public async IAsyncEnumerable<string> ReadDataAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = _response;
        using var request = response.RequestMessage;
        // Older HTTP stacks ignore the token while a read waits on the network; closing the
        // response ends such a read.
        using var abort = cancellationToken.Register(static r => ((IDisposable)r!).Dispose(), response);
#if NET5_0_OR_GREATER
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        var events = SseParser.Create(body).EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await NextAsync(events, cancellationToken).ConfigureAwait(false))
            {
                // An event without data is a keep-alive, not something to read.
                if (!string.IsNullOrWhiteSpace(events.Current.Data)) yield return events.Current.Data;
            }
        }
        finally
        {
            // Stryker disable once Statement : the parser's enumerator holds nothing that disposing the response (below) does not release.
            await events.DisposeAsync().ConfigureAwait(false);
        }
    }

    async Task<bool> NextAsync(IAsyncEnumerator<SseItem<string>> events, CancellationToken cancellationToken)
    {
        try
        {
            return await events.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested && exception is not OperationCanceledException)
        {
            // The read failed because cancellation closed the response: report the cancellation.
            throw new OperationCanceledException("The event stream was cancelled.", exception, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            // The connection broke mid-stream: a typed failure, like every other way a call can fail.
            throw new CustomGptConnectionException(
                new ErrorDetails(0, null, $"the event stream broke off: {exception.Message}", _operationId, null, _headers) { Secrets = _secrets }, exception);
        }
    }

    /// <summary>One event's data read as <typeparamref name="T"/>; data that is not such JSON is a typed error.</summary>
    public T Read<T>(string data) where T : class
    {
        T? value;
        try
        {
            using var reader = new JsonTextReader(new StringReader(data));
            using var session = Json.ReadSession.Begin(_serializer, _operationId);
            value = _serializer.Deserialize<T>(reader);
        }
        catch (Exception exception)
        {
            throw new CustomGptApiException(Details($"an event's data is not the JSON expected: {exception.Message}", null, data), innerException: exception);
        }
        return value ?? throw new CustomGptApiException(Details("an event carried no data", null, data));
    }

    /// <summary>The error for something the stream said or failed to say; its kind follows <paramref name="code"/>.</summary>
    public CustomGptApiException Failure(string message, int? code = null, string? data = null) =>
        ErrorResponses.Create(Details(message, code, data));

    ErrorDetails Details(string message, int? code, string? data) =>
        new((int)_response.StatusCode, code, message, _operationId, data, _headers) { Secrets = _secrets };
}
