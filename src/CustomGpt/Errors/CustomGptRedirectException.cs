namespace CustomGpt;

/// <summary>
/// The server answered with a redirect (HTTP 3xx) the SDK did not follow: the request was not a GET
/// (a POST, PUT or DELETE sent again elsewhere could be acted on twice, or silently turned into a
/// GET), or a GET was redirected too many times. <see cref="Location"/> says where the server pointed.
/// </summary>
public sealed class CustomGptRedirectException : CustomGptApiException
{
    internal CustomGptRedirectException(ErrorDetails details) : base(details, Describe(details)) =>
        Location = LocationOf(Headers);

    /// <summary>Where the server redirected the request (its <c>Location</c> header), when it said.</summary>
    public Uri? Location { get; }

    static string Describe(ErrorDetails details) =>
        $"{details.OperationId ?? "The CustomGPT API call"} was redirected (HTTP {details.StatusCode}) to {LocationOf(details.Headers)?.OriginalString ?? "no Location"}, " +
        "which the SDK does not follow: it follows at most 5 redirects of a GET, and none of a POST, PUT or DELETE, which could be acted on twice.";

    static Uri? LocationOf(IReadOnlyDictionary<string, IEnumerable<string>> headers)
    {
        var value = headers.FirstOrDefault(h => string.Equals(h.Key, "Location", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return value is not null && Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out var uri) ? uri : null;
    }
}
