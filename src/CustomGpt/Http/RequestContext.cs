namespace CustomGpt.Http;

/// <summary>
/// What the SDK attaches to a request on its way through the pipeline: the operation it belongs to
/// (set when it is prepared), the number of the attempt being sent, and the attempts the retry
/// handler made (read when it fails).
/// </summary>
internal static class RequestContext
{
    const string OperationKey = "CustomGpt.OperationId";
    const string AttemptsKey = "CustomGpt.Attempts";
    const string AttemptKey = "CustomGpt.Attempt";

    public static void SetOperation(HttpRequestMessage request, string? operationId) => Set(request, OperationKey, operationId);

    public static string? OperationOf(HttpRequestMessage? request) => Get(request, OperationKey) as string;

    /// <summary>Which attempt of its call the request is about to be sent as, from 1.</summary>
    public static void SetAttempt(HttpRequestMessage request, int attempt) => Set(request, AttemptKey, attempt);

    public static int AttemptOf(HttpRequestMessage? request) => Get(request, AttemptKey) as int? ?? 1;

    public static void SetAttempts(HttpRequestMessage request, IReadOnlyList<string> attempts) => Set(request, AttemptsKey, attempts);

    /// <summary>Why each attempt failed, in order; empty when the request was sent once.</summary>
    public static IReadOnlyList<string> AttemptsOf(HttpRequestMessage? request) => Get(request, AttemptsKey) as IReadOnlyList<string> ?? [];

    /// <summary>Gives <paramref name="copy"/> everything attached to <paramref name="request"/>, for a copy sent in its place.</summary>
    public static void CopyTo(HttpRequestMessage request, HttpRequestMessage copy)
    {
#if NET5_0_OR_GREATER
        foreach (var option in request.Options) ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
#else
        foreach (var property in request.Properties) copy.Properties[property.Key] = property.Value;
#endif
    }

#if NET5_0_OR_GREATER
    static void Set(HttpRequestMessage request, string key, object? value) => request.Options.Set(new HttpRequestOptionsKey<object?>(key), value);

    static object? Get(HttpRequestMessage? request, string key) =>
        request is not null && request.Options.TryGetValue(new HttpRequestOptionsKey<object?>(key), out var value) ? value : null;
#else
    static void Set(HttpRequestMessage request, string key, object? value) => request.Properties[key] = value;

    static object? Get(HttpRequestMessage? request, string key) =>
        request is not null && request.Properties.TryGetValue(key, out var value) ? value : null;
#endif
}
