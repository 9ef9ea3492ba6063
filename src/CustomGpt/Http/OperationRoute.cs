namespace CustomGpt.Http;

/// <summary>
/// One operation of a generated client: its HTTP method, path template and operationId. Each
/// client lists its routes (generated from the spec) so that a failed request can name its operation.
/// </summary>
public sealed class OperationRoute
{
    readonly string[] _segments;

    /// <summary>Creates the route of one operation.</summary>
    /// <param name="method">The HTTP method in upper case.</param>
    /// <param name="pathTemplate">The path as the spec writes it, e.g. <c>api/v1/projects/{projectId}</c>.</param>
    /// <param name="operationId">The spec's operationId, e.g. <c>Agents_Get</c>.</param>
    public OperationRoute(string method, string pathTemplate, string operationId)
    {
        Method = method;
        OperationId = operationId;
        _segments = pathTemplate.Trim('/').Split('/');
    }

    /// <summary>The HTTP method in upper case.</summary>
    public string Method { get; }

    /// <summary>The spec's operationId.</summary>
    public string OperationId { get; }

    /// <summary>Whether <paramref name="request"/> was sent by this operation.</summary>
    public bool Matches(HttpRequestMessage? request)
    {
        if (request?.RequestUri is not { IsAbsoluteUri: true } uri || !string.Equals(request.Method.Method, Method, StringComparison.OrdinalIgnoreCase))
            return false;
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        // The base URL may carry a prefix of its own: compare the path's tail with the template.
        if (segments.Length < _segments.Length) return false;
        var offset = segments.Length - _segments.Length;
        for (var i = 0; i < _segments.Length; i++)
        {
            var template = _segments[i];
            if (template.StartsWith("{", StringComparison.Ordinal)) continue;
            if (!string.Equals(template, segments[offset + i], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
