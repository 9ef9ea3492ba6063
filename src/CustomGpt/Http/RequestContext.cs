namespace CustomGpt.Http;

/// <summary>
/// What the SDK attaches to a request on its way through the pipeline: the operation it belongs to
/// and whether its answer is JSON (set when it is prepared), the number of the attempt being sent,
/// and the attempts the retry handler made (read when it fails). One object, shared by every copy
/// of the request (a redirect hop, an attempt through the caller's HttpClient): in a field of the
/// SDK's own messages (<see cref="SdkRequestMessage"/>), and under one option key on a copy that
/// leaves the SDK for the caller's handlers, which read it through <see cref="RequestInfo"/>.
/// </summary>
internal static class RequestContext
{
    const string Key = "CustomGpt.Request";

    /// <summary>Marks <paramref name="request"/> as the SDK's, for <paramref name="operationId"/>.</summary>
    public static void SetOperation(HttpRequestMessage request, string operationId, bool expectsJson) =>
        Set(request, new RequestState(operationId, expectsJson));

    public static string? OperationOf(HttpRequestMessage? request) => StateOf(request)?.OperationId;

    /// <summary>Whether the request's answer is JSON to read whole (a generated method's), as opposed to a stream or a file.</summary>
    public static bool ExpectsJson(HttpRequestMessage request) => StateOf(request)?.ExpectsJson == true;

    /// <summary>Which attempt of its call the request is about to be sent as, from 1.</summary>
    public static void SetAttempt(HttpRequestMessage request, int attempt)
    {
        if (StateOf(request) is { } state) state.Attempt = attempt;
    }

    public static int AttemptOf(HttpRequestMessage? request) => StateOf(request)?.Attempt ?? 1;

    public static void SetAttempts(HttpRequestMessage request, IReadOnlyList<string> attempts)
    {
        if (StateOf(request) is { } state) state.Attempts = attempts;
    }

    /// <summary>Why each attempt failed, in order; empty when the request was sent once.</summary>
    public static IReadOnlyList<string> AttemptsOf(HttpRequestMessage? request) => StateOf(request)?.Attempts ?? [];

    /// <summary>Gives <paramref name="copy"/> what is attached to <paramref name="request"/>, for a copy sent in its place.</summary>
    public static void CopyTo(HttpRequestMessage request, HttpRequestMessage copy)
    {
        if (StateOf(request) is { } state) Set(copy, state);
    }

    static void Set(HttpRequestMessage request, RequestState state)
    {
        if (request is SdkRequestMessage sdk) sdk.State = state;
        else SetOption(request, state);
    }

    static RequestState? StateOf(HttpRequestMessage? request) => request switch
    {
        null => null,
        SdkRequestMessage sdk => sdk.State,
        _ => OptionOf(request),
    };

#if NET5_0_OR_GREATER
    static readonly HttpRequestOptionsKey<RequestState> OptionKey = new(Key);

    static void SetOption(HttpRequestMessage request, RequestState state) => request.Options.Set(OptionKey, state);

    static RequestState? OptionOf(HttpRequestMessage request) => request.Options.TryGetValue(OptionKey, out var state) ? state : null;
#else
    static void SetOption(HttpRequestMessage request, RequestState state) => request.Properties[Key] = state;

    static RequestState? OptionOf(HttpRequestMessage request) => request.Properties.TryGetValue(Key, out var state) ? state as RequestState : null;
#endif
}
