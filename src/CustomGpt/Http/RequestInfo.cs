namespace CustomGpt.Http;

/// <summary>
/// What the SDK records on each request it sends, for the caller's own handlers further down the
/// pipeline (e.g. those of an HttpClient from IHttpClientFactory): the operation the request
/// belongs to and which attempt of its call it is.
/// </summary>
public static class RequestInfo
{
    /// <summary>The spec's operationId of the call, e.g. <c>Agents_Get</c>; null for a request the SDK did not prepare.</summary>
    public static string? GetOperationId(HttpRequestMessage request) =>
        RequestContext.OperationOf(request ?? throw new ArgumentNullException(nameof(request)));

    /// <summary>Which attempt of its call the SDK sends the request as, from 1; 1 when the SDK recorded none.</summary>
    public static int GetAttempt(HttpRequestMessage request) =>
        RequestContext.AttemptOf(request ?? throw new ArgumentNullException(nameof(request)));
}
