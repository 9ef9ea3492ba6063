using System.Text.RegularExpressions;
using CustomGpt.SpecTool.Verify;
using Newtonsoft.Json.Linq;

namespace CustomGpt.ContractTests.Assertions;

/// <summary>What the SDK must make of a recorded error response: the exception type, the status, the API's code and message.</summary>
public sealed partial record RecordedError(Type ExceptionType, int Status, int? ErrorCode, string? Message)
{
    /// <summary>Reads the expectation from the recorded response, whatever its shape (envelope, bare message, HTML page).</summary>
    public static RecordedError Of(RecordedExchange exchange)
    {
        var (code, message) = exchange.Json() is JObject json
            ? json["data"] is JObject data ? ((int?)data["code"], (string?)data["message"]) : (null, (string?)json["message"])
            : (null, Title(exchange.Text));
        var type = exchange.Status switch
        {
            401 or 403 => typeof(CustomGptAuthenticationException),
            404 => typeof(CustomGptNotFoundException),
            400 or 422 => typeof(CustomGptValidationException),
            429 => typeof(CustomGptRateLimitException),
            >= 500 => typeof(CustomGptServerException),
            _ => typeof(CustomGptApiException),
        };
        return new RecordedError(type, exchange.Status, code, message);
    }

    static string? Title(string? html) => html is null ? null : TitleTag().Match(html) is { Success: true } match ? match.Groups[1].Value.Trim() : null;

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();
}
