using System.Net;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// OpenAPI requires a description on every response. Responses of an operation that spec/docs
/// does not describe get the status's standard reason phrase (404: "Not Found"), so the
/// document stays valid without the vendor's wording. (Shared responses, in components, must be
/// described: <see cref="DescriptionGuard"/>.)
/// </summary>
public static partial class ResponseDescriptions
{
    /// <summary>Fills in missing response descriptions of <paramref name="document"/> in place.</summary>
    public static void Fill(JObject document)
    {
        foreach (var responses in document.SelectTokens("$.paths.*.*.responses").OfType<JObject>())
        foreach (var response in responses.Properties())
        {
            if (response.Value is not JObject body || body["$ref"] != null || body["description"] != null) continue;
            body["description"] = ReasonPhrase(response.Name);
        }
    }

    static string ReasonPhrase(string statusCode) =>
        int.TryParse(statusCode, out var code) && Enum.IsDefined(typeof(HttpStatusCode), code)
            ? WordBoundary().Replace(((HttpStatusCode)code).ToString(), " $1")
            : $"Status {statusCode}";

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordBoundary();
}
