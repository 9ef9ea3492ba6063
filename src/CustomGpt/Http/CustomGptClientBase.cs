using System.Text;
using CustomGpt.Http;

namespace CustomGpt;

/// <summary>
/// The base of every generated client. It implements, once for all of them, the hooks the
/// generated code calls around each request: the User-Agent and the bearer token going out, and
/// every failure coming back turned into a <see cref="CustomGptApiException"/> that names its operation.
/// </summary>
public abstract class CustomGptClientBase
{
    private protected readonly ClientSettings Settings;
    SerializerForSettings? _responseSerializer;

    /// <summary>Resolves <paramref name="configuration"/>; fails when no API key can be found.</summary>
    protected CustomGptClientBase(CustomGptClientOptions configuration) =>
        Settings = ClientSettings.Resolve(configuration ?? throw new ArgumentNullException(nameof(configuration)));

    /// <summary>The operations of this client, to name the one a failed request belongs to.</summary>
    protected abstract IReadOnlyList<OperationRoute> Routes { get; }

    /// <summary>Called by the generated code while the URL is being built; nothing to do then.</summary>
    protected Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, StringBuilder urlBuilder, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called by the generated code before sending: sets the User-Agent and, for allowed hosts only, the token.</summary>
    protected Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, string url, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { IsAbsoluteUri: false } relative && client.BaseAddress is { } baseAddress)
            request.RequestUri = new Uri(baseAddress, relative);
        RequestContext.SetOperation(request, OperationOf(request));
        request.Headers.Remove("User-Agent");
        request.Headers.TryAddWithoutValidation("User-Agent", Settings.UserAgent);
        return Settings.Authorizer.AuthorizeAsync(request, cancellationToken);
    }

    /// <summary>Called by the generated code on every response: a non-success status becomes the right exception.</summary>
    protected async Task ProcessResponseAsync(HttpClient client, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return;
        throw await ErrorResponses.FromResponseAsync(response, OperationOf(response.RequestMessage), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The serializer that reads this client's response bodies: created on first use and kept, where
    /// NSwag's code would create one per response (copying the settings and their converter list each
    /// time). Reading through one serializer from many threads is safe: each Deserialize call works
    /// on state of its own, and the serializer is never reconfigured.
    /// </summary>
    private protected Newtonsoft.Json.JsonSerializer ResponseSerializer(Newtonsoft.Json.JsonSerializerSettings settings)
    {
        // Settings and serializer travel as one object, so a racing thread sees a matching pair.
        var cached = _responseSerializer;
        if (cached is not null && ReferenceEquals(cached.Settings, settings)) return cached.Serializer;
        cached = new SerializerForSettings(settings, Newtonsoft.Json.JsonSerializer.Create(settings));
        _responseSerializer = cached;
        return cached.Serializer;
    }

    sealed class SerializerForSettings(Newtonsoft.Json.JsonSerializerSettings settings, Newtonsoft.Json.JsonSerializer serializer)
    {
        public Newtonsoft.Json.JsonSerializerSettings Settings { get; } = settings;
        public Newtonsoft.Json.JsonSerializer Serializer { get; } = serializer;
    }

    /// <summary>A body read with a success status must not say <c>"status":"error"</c>.</summary>
    protected void EnsureSucceeded<T>(T body, HttpResponseMessage response)
    {
        if (body is null)
            throw new CustomGptApiException(new ErrorDetails((int)response.StatusCode, null, "the response body is empty", OperationOf(response.RequestMessage),
                null, ErrorResponses.HeadersOf(response), Http.RequestContext.AttemptsOf(response.RequestMessage)) { Secrets = SecretText.SentWith(response.RequestMessage) });
        if (body is IEnvelope { Status: ResponseStatus.Error } envelope)
            throw ErrorResponses.FromErrorEnvelope(envelope, response, OperationOf(response.RequestMessage));
    }

    /// <summary>Whether an exception thrown while reading a body means the body could not be read.</summary>
    protected static bool IsUnreadableBody(Exception exception) =>
        exception is not CustomGptApiException and not OperationCanceledException;

    /// <summary>The exception for a body the SDK could not read: a typed error, never a raw parser exception.</summary>
    protected CustomGptApiException UnreadableBody(string message, HttpResponseMessage response, string? body, IReadOnlyDictionary<string, IEnumerable<string>> headers, Exception innerException)
    {
        var operation = OperationOf(response.RequestMessage);
        var details = new ErrorDetails((int)response.StatusCode, null, $"{message} {innerException.Message}", operation, body, headers)
        {
            Secrets = SecretText.SentWith(response.RequestMessage),
        };
        return new CustomGptApiException(details, innerException: innerException);
    }

    /// <summary>The payload of a successful envelope; a success without one is an error, not a null.</summary>
    protected static T RequirePayload<T>(T? payload, string operationId) where T : class =>
        payload ?? throw MissingPayload(operationId);

    /// <summary>The list payload of a successful envelope, read-only.</summary>
    protected static IReadOnlyList<T> RequireList<T>(IList<T>? payload, string operationId) =>
        payload is null ? throw MissingPayload(operationId) : payload as IReadOnlyList<T> ?? payload.ToList();

    static CustomGptApiException MissingPayload(string operationId) =>
        new(new ErrorDetails(200, null, "the API answered success without a payload", operationId, null, new Dictionary<string, IEnumerable<string>>()));

    private protected string? OperationOf(HttpRequestMessage? request)
    {
        foreach (var route in Routes)
            if (route.Matches(request)) return route.OperationId;
        return null;
    }
}
