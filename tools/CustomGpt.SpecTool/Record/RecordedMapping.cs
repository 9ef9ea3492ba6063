using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Record;

/// <summary>
/// Rewrites a mapping WireMock.Net recorded into the shape of the checked-in recordings: exact
/// method, path and query matchers, the fake key as the only header required (plus Accept for a
/// stream), the body as a JSON matcher or multipart part matchers, and the response with only the
/// headers a client reads. Cookies, hosts, dates and other headers are dropped; everything left is
/// redacted.
/// </summary>
public static class RecordedMapping
{
    static readonly string[] KeptResponseHeaders = ["Content-Type", "Content-Disposition", "Retry-After"];

    /// <summary>The checked-in form of <paramref name="recorded"/>, titled <paramref name="title"/>.</summary>
    public static JObject Rewrite(JObject recorded, string title, string description, SecretRedactor redactor)
    {
        var request = recorded["Request"] as JObject ?? [];
        var rewritten = new JObject
        {
            ["Methods"] = request["Methods"]?.DeepClone() ?? new JArray("GET"),
            ["Path"] = Exact(PathOf(recorded)),
        };
        if (request["Params"] is JArray { Count: > 0 } parameters)
            rewritten["Params"] = new JArray(parameters.Select(p => new JObject
            {
                ["Name"] = p["Name"]?.DeepClone(),
                ["Matchers"] = new JArray((p["Matchers"] as JArray ?? []).Select(m => ExactMatcher((string?)m["Pattern"] ?? ""))),
            }));
        var headers = new JArray(new JObject { ["Name"] = "Authorization", ["Matchers"] = new JArray(ExactMatcher(FakeCredentials.AuthorizationHeader)) });
        if (HeaderPattern(request, "Accept") is { } accept && accept.Contains("text/event-stream", StringComparison.Ordinal))
            headers.Add(new JObject { ["Name"] = "Accept", ["Matchers"] = new JArray(ExactMatcher(accept)) });
        rewritten["Headers"] = headers;
        if (Body(request) is { } body) rewritten["Body"] = body;

        var response = recorded["Response"] as JObject ?? [];
        var kept = new JObject { ["StatusCode"] = response["StatusCode"]?.DeepClone() };
        var responseHeaders = new JObject((response["Headers"] as JObject ?? []).Properties()
            .Where(h => KeptResponseHeaders.Contains(h.Name, StringComparer.OrdinalIgnoreCase)).Select(h => new JProperty(h.Name, h.Value.DeepClone())));
        if (responseHeaders.Count > 0) kept["Headers"] = responseHeaders;
        foreach (var name in new[] { "BodyAsJson", "Body", "BodyAsBytes" })
            if (response[name] is { } value) { kept[name] = value.DeepClone(); break; }

        var mapping = new JObject { ["Title"] = title, ["Description"] = description, ["Request"] = rewritten, ["Response"] = kept };
        return (JObject)redactor.Redact(mapping);
    }

    /// <summary>The request path a recorded mapping matches.</summary>
    public static string PathOf(JObject recorded) =>
        (string?)recorded["Request"]?["Path"]?["Matchers"]?[0]?["Pattern"] ?? (string?)recorded["Request"]?["Path"] ?? "/";

    static JObject? Body(JObject request)
    {
        if (request["Body"]?["Matcher"] is not JObject matcher) return null;
        var pattern = matcher["Pattern"];
        if ((string?)matcher["Name"] == "JsonMatcher") return new JObject { ["Matcher"] = new JObject { ["Name"] = "JsonMatcher", ["Pattern"] = pattern?.DeepClone() } };
        var text = (string?)pattern ?? "";
        return MultipartMatchers.For(text, HeaderPattern(request, "Content-Type")) ?? new JObject { ["Matcher"] = ExactMatcher(text) };
    }

    static string? HeaderPattern(JObject request, string name) =>
        (request["Headers"] as JArray ?? []).Where(h => string.Equals((string?)h["Name"], name, StringComparison.OrdinalIgnoreCase))
            .Select(h => (string?)h["Matchers"]?[0]?["Pattern"]).FirstOrDefault();

    static JObject Exact(string pattern) => new() { ["Matchers"] = new JArray(ExactMatcher(pattern)) };

    static JObject ExactMatcher(string pattern) => new() { ["Name"] = "ExactMatcher", ["Pattern"] = pattern };
}
