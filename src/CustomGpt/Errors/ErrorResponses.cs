using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using CustomGpt.Http;

namespace CustomGpt;

/// <summary>
/// Turns a failed response into the right <see cref="CustomGptApiException"/>. It understands every
/// error shape the API and the proxies in front of it use: the envelope
/// <c>{"status":"error","data":{"code":..,"message":..}}</c>, a bare <c>{"message":..}</c>, an HTML
/// or plain-text page, and an empty body.
/// </summary>
internal static class ErrorResponses
{
    // Enough for any error envelope or proxy page; a huge body is not read to its end.
    const int MaxBodyChars = 64 * 1024;
    const int MaxTextMessage = 300;

    public static async Task<CustomGptApiException> FromResponseAsync(HttpResponseMessage response, string? operationId, CancellationToken cancellationToken)
    {
        // Stryker disable once Conditional : on .NET 5 and later a response always has content; the check serves netstandard2.0.
        var body = response.Content is null ? null : await ReadStartAsync(response.Content, cancellationToken).ConfigureAwait(false);
        var (code, message) = Parse(body);
        return Create(new ErrorDetails((int)response.StatusCode, code, message, operationId, body, HeadersOf(response), RequestContext.AttemptsOf(response.RequestMessage))
        {
            Secrets = SecretText.SentWith(response.RequestMessage),
        });
    }

    /// <summary>A success status whose envelope says <c>"status":"error"</c>.</summary>
    public static CustomGptApiException FromErrorEnvelope(IEnvelope envelope, HttpResponseMessage response, string? operationId)
    {
        var payload = envelope.Payload is null ? null : JToken.FromObject(envelope.Payload);
        var (code, message) = payload is JObject detail ? (IntOf(detail["code"]), TextOf(detail["message"])) : (null, null);
        return Create(new ErrorDetails((int)response.StatusCode, code, message ?? "the response says \"status\": \"error\"", operationId, null, HeadersOf(response))
        {
            Secrets = SecretText.SentWith(response.RequestMessage),
        });
    }

    /// <summary>The error a success status's body reports (<c>"status":"error"</c>), or null when it reports none.</summary>
    public static CustomGptApiException? FromErrorBody(string body, HttpResponseMessage response, string? operationId)
    {
        try
        {
            // Stryker disable once Initializer : only "status" is read here, and "error" reads the same with dates parsed or not.
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None };
            if (JToken.ReadFrom(reader) is not JObject json || json["status"] is not JValue { Type: JTokenType.String, Value: "error" }) return null;
        }
        catch (JsonException)
        {
            return null;
        }
        var (code, message) = Parse(body);
        return Create(new ErrorDetails((int)response.StatusCode, code, message ?? "the response says \"status\": \"error\"", operationId, body, HeadersOf(response))
        {
            Secrets = SecretText.SentWith(response.RequestMessage),
        });
    }

    public static CustomGptApiException Create(ErrorDetails details)
    {
        // A success status with an error body: its API code tells the kind of failure.
        var status = details.StatusCode is >= 200 and < 300 && details.ErrorCode is { } code ? code : details.StatusCode;
        return status switch
        {
            401 or 403 => new CustomGptAuthenticationException(details),
            404 => new CustomGptNotFoundException(details),
            400 or 422 => new CustomGptValidationException(details),
            429 => new CustomGptRateLimitException(details),
            // Stryker disable once Equality : 400 is taken by the arm above, so "<= 400" cannot differ.
            >= 300 and < 400 => new CustomGptRedirectException(details),
            >= 500 and < 600 => new CustomGptServerException(details),
            _ => new CustomGptApiException(details),
        };
    }

    /// <summary>The API's code and message from an error body of any shape.</summary>
    public static (int? Code, string? Message) Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return (null, null);
        var text = body!.Trim();
        // Stryker disable once String : a shortcut; text that is not a JSON object falls to the text reading below either way.
        if (text.StartsWith("{", StringComparison.Ordinal))
        {
            try
            {
                using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
                if (JToken.ReadFrom(reader) is JObject json)
                {
                    if (json["data"] is JObject data && (data["message"] != null || data["code"] != null))
                        return (IntOf(data["code"]), TextOf(data["message"]));
                    return (IntOf(json["code"]), TextOf(json["message"]) ?? TextOf(json["error"]));
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: read it as text below.
            }
        }
        return (null, MessageFromText(text));
    }

    static string? MessageFromText(string text)
    {
        var title = Regex.Match(text, "<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline);
        var message = title.Success ? title.Groups[1].Value : Regex.Replace(text, "<[^>]+>", " ");
        message = Regex.Replace(message, @"\s+", " ").Trim();
        if (message.Length == 0) return null;
        return message.Length <= MaxTextMessage ? message : message.Substring(0, MaxTextMessage) + "…";
    }

    static int? IntOf(JToken? token) => token?.Type switch
    {
        JTokenType.Integer => (int)(long)token,
        JTokenType.String when int.TryParse((string?)token, out var parsed) => parsed,
        _ => null,
    };

    static string? TextOf(JToken? token) => token?.Type switch
    {
        null or JTokenType.Null => null,
        JTokenType.String => (string?)token,
        _ => token.ToString(Formatting.None),
    };

    /// <summary>The start of a body, at most 64K characters: a huge body is not read to its end.</summary>
    public static async Task<string> ReadStartAsync(HttpContent content, CancellationToken cancellationToken)
    {
#if NET5_0_OR_GREATER
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var buffer = new char[MaxBodyChars];
        var length = 0;
        int read;
#if NET5_0_OR_GREATER
        while (length < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(length, buffer.Length - length), cancellationToken).ConfigureAwait(false)) > 0)
#else
        while (length < buffer.Length && (read = await reader.ReadAsync(buffer, length, buffer.Length - length).ConfigureAwait(false)) > 0)
#endif
            length += read;
        return new string(buffer, 0, length);
    }

    public static IReadOnlyDictionary<string, IEnumerable<string>> HeadersOf(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, IEnumerable<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers) headers[header.Key] = header.Value;
        if (response.Content != null)
            foreach (var header in response.Content.Headers) headers[header.Key] = header.Value;
        return headers;
    }
}
