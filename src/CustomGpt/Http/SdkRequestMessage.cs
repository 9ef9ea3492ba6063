namespace CustomGpt.Http;

/// <summary>
/// A request the SDK prepared, with what the pipeline knows about it in a field rather than in
/// <see cref="HttpRequestMessage"/>'s options, a dictionary each request would otherwise create.
/// </summary>
internal sealed class SdkRequestMessage(HttpMethod method, Uri requestUri) : HttpRequestMessage(method, requestUri)
{
    public RequestState? State { get; set; }
}

/// <summary>See <see cref="RequestContext"/>: the operation of a request, its answer's kind, and its attempts.</summary>
internal sealed class RequestState(string operationId, bool expectsJson)
{
    public string OperationId { get; } = operationId;
    public bool ExpectsJson { get; } = expectsJson;
    public int Attempt { get; set; } = 1;
    public IReadOnlyList<string>? Attempts { get; set; }
}
