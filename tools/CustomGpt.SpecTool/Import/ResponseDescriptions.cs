using System.Net;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Import;

/// <summary>
/// OpenAPI requires a description on every response. Responses keyed by a status code that the
/// overlay did not describe get the status's standard reason phrase (404: "Not Found"), so the
/// document stays valid without the vendor's wording.
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

        var undescribed = (document.SelectToken("$.components.responses") as JObject)?.Properties()
            .Where(p => p.Value["description"] == null).Select(p => p.Name).ToList() ?? [];
        if (undescribed.Count > 0)
            throw new SpecImportException("These components/responses need a description in the overlay: " + string.Join(", ", undescribed));
    }

    static string ReasonPhrase(string statusCode) =>
        int.TryParse(statusCode, out var code) && Enum.IsDefined(typeof(HttpStatusCode), code)
            ? WordBoundary().Replace(((HttpStatusCode)code).ToString(), " $1")
            : $"Status {statusCode}";

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordBoundary();
}
