using Microsoft.Kiota.Abstractions.Authentication;

namespace CustomGpt;

/// <summary>
/// How a <see cref="CustomGptClient"/> reaches the API: credentials, base URL, timeout, user agent.
/// Anything left unset falls back to the environment (<c>CUSTOMGPT_API_KEY</c>,
/// <c>CUSTOMGPT_BASE_URL</c>) and then to the defaults.
/// </summary>
public sealed class CustomGptClientOptions
{
    /// <summary>The environment variable read for the API key when none is given.</summary>
    public const string ApiKeyVariable = "CUSTOMGPT_API_KEY";

    /// <summary>The environment variable read for the base URL when none is given.</summary>
    public const string BaseUrlVariable = "CUSTOMGPT_BASE_URL";

    /// <summary>The production API.</summary>
    public static Uri DefaultBaseUrl { get; } = new("https://app.customgpt.ai/");

    /// <summary>The API key (<c>123|AbC...</c>). Ignored when <see cref="TokenProvider"/> is set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Where tokens come from, e.g. a provider that rotates keys from a vault. Its
    /// <see cref="IAccessTokenProvider.AllowedHostsValidator"/> decides which hosts receive them.
    /// </summary>
    public IAccessTokenProvider? TokenProvider { get; set; }

    /// <summary>The API's base URL; <see cref="DefaultBaseUrl"/> unless set here or in the environment.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// How long one call may take until the response arrives, all attempts and waits included;
    /// past it the call fails with <see cref="CustomGptTimeoutException"/>. Default 100 seconds.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// How long one attempt may wait for the response once its request has been sent, before it
    /// counts as failed (and may be retried). While a request body is being uploaded, it bounds the
    /// silence between two pieces of the upload instead, so a large file on a slow link is not cut
    /// off while its data is still flowing. Default 30 seconds.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a streamed body (the events of a streamed answer, a page preview's bytes) may go
    /// without a single byte before reading it fails with <see cref="CustomGptTimeoutException"/>.
    /// Default 60 seconds: an answer's longest healthy silence is the model's wait before its first
    /// token, seconds to tens of seconds; a connection that died without closing would otherwise hold
    /// the reader forever.
    /// </summary>
    public TimeSpan StreamIdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The most bytes of one JSON answer the SDK reads into memory, counted after decompression;
    /// a larger answer fails with <see cref="CustomGptApiException"/> instead of growing the
    /// process's memory as far as the server likes. Default 32 MiB: the API's largest answers (a
    /// page of a list, a report) are tens of kilobytes.
    /// </summary>
    public int MaxResponseBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// The most bytes of one server-sent event (or of one line of the stream) the SDK holds while
    /// waiting for its end; a longer one fails with <see cref="CustomGptApiException"/>. Default
    /// 1 MiB: an answer's events are a few tokens each, its final event a few kilobytes.
    /// </summary>
    public int MaxStreamEventBytes { get; set; } = 1024 * 1024;

    /// <summary>When and how calls are tried again.</summary>
    public CustomGptRetryOptions Retry { get; set; } = new();

    /// <summary>Appended to the SDK's User-Agent, e.g. <c>my-app/2.0</c>.</summary>
    public string? UserAgentSuffix { get; set; }

    /// <summary>
    /// Called for each value of a successful answer (or streamed event) the SDK could not read as
    /// the type it expected: the member was left unset and the rest of the answer returned (see
    /// <see cref="ReadIssue"/>). Runs on the calling thread once the body is read. The
    /// CustomGpt.Extensions package logs these as warnings.
    /// </summary>
    public Action<ReadIssue>? OnReadIssue { get; set; }

    /// <summary>
    /// Off by default. When on, every departure from the API's specification fails the call with a
    /// <see cref="CustomGptApiException"/> naming the JSON path: a value read without loss from
    /// another shape (<c>12.0</c> or <c>"12"</c> for an integer, <c>[]</c> for an object, <c>{}</c> for
    /// a list, <c>"1"</c> for a boolean), an unknown enum value, a value that cannot be read, and an
    /// empty body where the specification promises one. <c>0</c>/<c>1</c> booleans, which the API sends
    /// everywhere, are accepted, as the spec verifier accepts them. For contract tests and drift
    /// detection; applications want the default, which reads all of these.
    /// </summary>
    public bool StrictReads { get; set; }

    /// <summary>Describes the options without the key.</summary>
    public override string ToString() =>
        $"{nameof(CustomGptClientOptions)} {{ BaseUrl = {BaseUrl?.ToString() ?? "(default)"}, ApiKey = {(ApiKey is null ? "(not set)" : "(hidden)")}, " +
        $"TokenProvider = {TokenProvider?.GetType().Name ?? "(not set)"}, Timeout = {Timeout}, AttemptTimeout = {AttemptTimeout}, StreamIdleTimeout = {StreamIdleTimeout}, " +
        $"MaxResponseBytes = {MaxResponseBytes}, MaxStreamEventBytes = {MaxStreamEventBytes}, Retry = {Retry}, UserAgentSuffix = {UserAgentSuffix ?? "(none)"}, StrictReads = {StrictReads} }}";
}
