using System.Text;
using CustomGpt.Json;
using Newtonsoft.Json;

namespace CustomGpt.Http;

/// <summary>
/// The base of every generated area client: sends the request a generated method built, and turns
/// what comes back into the payload or into a <see cref="CustomGptApiException"/> naming the
/// operation. The User-Agent and the bearer token (allowed hosts only) are set here, once for all
/// operations, streams and downloads.
/// </summary>
internal abstract class CustomGptClientBase
{
    private protected CustomGptClientBase(ClientRuntime runtime) => Runtime = runtime;

    private protected ClientRuntime Runtime { get; }

    private protected JsonSerializerSettings JsonSettings => Runtime.JsonSettings;

    /// <summary>Starts the request of one operation at the configured base URL.</summary>
    private protected ApiRequest NewRequest(HttpMethod method, string operationId) =>
        new(method, operationId, Runtime.Settings.BaseUrlText);

    /// <summary>Sends the request and reads its JSON answer as <typeparamref name="T"/>.</summary>
    private protected async Task<T> SendAsync<T>(ApiRequest request, CancellationToken cancellationToken) where T : class
    {
        using var message = request.ToMessage(MediaTypes.Json);
        // SendAndCheckAsync's steps written out: nearly every call is one of these, and an async step
        // of its own would cost each of them a state machine.
        await PrepareAsync(message, cancellationToken).ConfigureAwait(false);
        using var response = await Runtime.Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            // Stryker disable once Boolean : the pipeline has read the error body into memory inside the attempt, so this await never waits.
            throw await ErrorResponses.FromResponseAsync(response, request.OperationId, cancellationToken).ConfigureAwait(false);
        // The pipeline has already read a JSON body into memory (nearly always): it is decoded from
        // there, with nothing left to wait for.
        var body = response.Content is PooledBodyContent buffered && buffered.OpenUtf8Text() is { } text
            ? ReadJson<T>(response, text, request.OperationId)
            : await ReadUnbufferedJsonAsync<T>(response, request.OperationId, cancellationToken).ConfigureAwait(false);
        if (body is IEnvelope { Status: ResponseStatus.Error } envelope)
            throw ErrorResponses.FromErrorEnvelope(envelope, response, request.OperationId);
        return body;
    }

    /// <summary>Sends the request and hands over its body as a stream, with the response's name and type.</summary>
    private protected async Task<FileResponse> SendForFileAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var message = request.ToMessage(null);
        HttpResponseMessage? response = null;
        try
        {
            response = await SendAndCheckAsync(message, request.OperationId, cancellationToken).ConfigureAwait(false);
            // Stryker disable once Statement : on .NET 5 and later a response always has content; the check serves netstandard2.0.
            if (response.Content is null) throw EmptyBody(response, request.OperationId);
#if NET5_0_OR_GREATER
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            return new FileResponse(stream, response.Content.Headers, response, message);
        }
        catch
        {
            response?.Dispose();
            // Stryker disable once Statement : a download's request has no body: disposing it releases nothing a test or the runtime could see.
            message.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Sends <paramref name="message"/> with the SDK's headers; a failed status becomes the right
    /// exception. The caller owns the successful response (headers read, body not yet).
    /// </summary>
    private protected async Task<HttpResponseMessage> SendAndCheckAsync(HttpRequestMessage message, string operationId, CancellationToken cancellationToken)
    {
        await PrepareAsync(message, cancellationToken).ConfigureAwait(false);
        var response = await Runtime.Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode) return response;
        using (response)
            // Stryker disable once Boolean : the pipeline has read the error body into memory inside the attempt, so this await never waits.
            throw await ErrorResponses.FromResponseAsync(response, operationId, cancellationToken).ConfigureAwait(false);
    }

    // The SDK's headers: the User-Agent, and the bearer token where the authorizer allows it.
    Task PrepareAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        message.Headers.TryAddWithoutValidation("User-Agent", Runtime.Settings.UserAgent);
        return Runtime.Settings.Authorizer.AuthorizeAsync(message, cancellationToken);
    }

    /// <summary>A text argument that goes into the path must be there: null or empty would name another resource.</summary>
    private protected static void RequireText(string value, string name)
    {
        if (value is null) throw new ArgumentNullException(name);
        if (value.Length == 0) throw new ArgumentException("The value is empty.", name);
    }

    /// <summary>The payload of a successful envelope; a success without one is an error, not a null.</summary>
    private protected static T Payload<T>(T? payload, ApiRequest request) where T : class =>
        payload ?? throw MissingPayload(request.OperationId);

    /// <summary>The list payload of a successful envelope, read-only.</summary>
    // Stryker disable once NullCoalescing : without it, a copy of the same items; nothing else holds the list the reader made.
    private protected static IReadOnlyList<T> PayloadList<T>(IList<T>? payload, ApiRequest request) =>
        payload is null ? throw MissingPayload(request.OperationId) : payload as IReadOnlyList<T> ?? payload.ToList();

    async Task<T> ReadUnbufferedJsonAsync<T>(HttpResponseMessage response, string operationId, CancellationToken cancellationToken) where T : class
    {
        if (response.Content is null) return EmptyAnswer<T>(response, operationId);
        TextReader text;
        try
        {
            text = await OpenTextAsync(response.Content, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not CustomGptApiException and not OperationCanceledException)
        {
            throw Unreadable(response, operationId, exception);
        }
        return ReadJson<T>(response, text, operationId);
    }

    T ReadJson<T>(HttpResponseMessage response, TextReader text, string operationId) where T : class
    {
        try
        {
            using (text)
            // Stryker disable once Initializer : the pool only saves the reader its buffers; it reads the same either way.
            using (var json = new JsonTextReader(text) { ArrayPool = SharedCharArrayPool.Instance })
            {
                T? body;
                using (ReadSession.Begin(Runtime.Reader, operationId))
                    body = Runtime.Reader.Deserialize<T>(json);
                return body ?? EmptyAnswer<T>(response, operationId);
            }
        }
        catch (Exception exception) when (exception is not CustomGptApiException and not OperationCanceledException)
        {
            // A 2xx saying "status":"error" carries {code, message} where the payload should be,
            // which need not read as the payload's type: the API's error wins over the reader's.
            if (response.Content is PooledBodyContent buffered && ErrorResponses.FromErrorBody(buffered.Text(), response, operationId) is { } apiError)
                throw apiError;
            throw Unreadable(response, operationId, exception);
        }
    }

    static CustomGptApiException Unreadable(HttpResponseMessage response, string operationId, Exception exception) =>
        new(new ErrorDetails((int)response.StatusCode, null, $"the response body could not be read: {exception.Message}", operationId,
            null, ErrorResponses.HeadersOf(response), RequestContext.AttemptsOf(response.RequestMessage)) { Secrets = SecretText.SentWith(response.RequestMessage) },
            innerException: exception);

    // A body the pipeline did not buffer (or in another encoding than UTF-8, by its byte order mark).
    // The JSON reader asks for more than 128 bytes at a time, which the StreamReader decodes straight
    // into the reader's pooled buffer: bigger buffers here would only be copies.
    static async Task<TextReader> OpenTextAsync(HttpContent content, CancellationToken cancellationToken)
    {
#if NET5_0_OR_GREATER
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 128);
    }

    // No body: an acknowledgement (a 204 to a delete) says so; any other payload stays an error, as do all in strict mode.
    T EmptyAnswer<T>(HttpResponseMessage response, string operationId) where T : class =>
        (ReadSession.IsStrictFor(Runtime.Reader) ? null : EmptySuccess.For(typeof(T)) as T) ?? throw EmptyBody(response, operationId);

    static CustomGptApiException EmptyBody(HttpResponseMessage response, string operationId) =>
        new(new ErrorDetails((int)response.StatusCode, null, "the response body is empty", operationId,
            null, ErrorResponses.HeadersOf(response), RequestContext.AttemptsOf(response.RequestMessage)) { Secrets = SecretText.SentWith(response.RequestMessage) });

    static CustomGptApiException MissingPayload(string operationId) =>
        new(new ErrorDetails(200, null, "the API answered success without a payload", operationId, null, new Dictionary<string, IEnumerable<string>>()));
}
