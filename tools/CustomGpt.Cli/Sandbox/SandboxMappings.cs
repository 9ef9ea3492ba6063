using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Cli.Sandbox;

/// <summary>
/// Turns the recordings into the sandbox's mappings. The recordings are exact (the contract tests
/// replay them one at a time), but a person tries their own ids and questions, and several
/// recordings of one operation match the same request. So each recorded exchange is served twice,
/// ranked by WireMock.Net priority (lower wins):
/// <list type="number">
/// <item>as recorded: a request equal to the recorded one gets the recorded answer;</item>
/// <item>loosened: any ids in the path, any body, any query option except the page number, so
/// every command has an answer (the operation's recorded success) and paging still walks the
/// recorded pages.</item>
/// </list>
/// Within a tier a success beats an error recorded for the same request; then the mapping that
/// asks more of the headers (a streamed answer, for an <c>Accept: text/event-stream</c> request);
/// then a set of pages over a single page, so that <c>--all</c> walks a consistent list. A request
/// that matches nothing gets an API-shaped 404 saying so.
/// </summary>
internal static class SandboxMappings
{
    /// <summary>The header of a loosened answer: the recording it comes from.</summary>
    public const string RecordingHeader = "X-Sandbox-Recording";

    /// <summary>The header of a loosened answer: the inputs its recording was made with (<see cref="RequestInputs.Encode"/>).</summary>
    public const string RecordedInputsHeader = "X-Sandbox-Recorded-Inputs";

    /// <summary>What the sandbox says when no recording answers a request.</summary>
    public const string NoRecordingMessage = "The sandbox has no recorded exchange for this request.";

    /// <summary>The mappings to load, each with its priority set.</summary>
    public static JArray Build(IEnumerable<RecordedExchange> exchanges)
    {
        var ranked = exchanges
            .SelectMany(e => new[] { (Tier: 0, Exchange: e, Mapping: AsRecorded(e.Mapping)), (Tier: 1, Exchange: e, Mapping: Loosened(e.Mapping)) })
            .OrderBy(m => m.Tier)
            .ThenBy(m => m.Exchange.IsSuccess ? 0 : 1)
            .ThenByDescending(m => HeaderMatcherCount(m.Mapping))
            .ThenByDescending(m => m.Exchange.SetSize)
            .ThenBy(m => m.Exchange.RecordingName, StringComparer.Ordinal)
            .Select(m => m.Mapping)
            .ToList();

        var result = new JArray();
        for (var i = 0; i < ranked.Count; i++)
        {
            ranked[i]["Priority"] = i + 1;
            result.Add(ranked[i]);
        }
        var fallback = NoRecording();
        fallback["Priority"] = ranked.Count + 1;
        result.Add(fallback);
        return result;
    }

    static JObject AsRecorded(JObject mapping) => (JObject)mapping.DeepClone();

    static JObject Loosened(JObject mapping)
    {
        var copy = (JObject)mapping.DeepClone();
        // A copy must not replace the exact mapping it came from.
        copy.Remove("Guid");
        copy["Title"] = $"{mapping["Title"]} (loosened)";
        if (copy["Request"] is not JObject request) return copy;
        // The answer says it stands in for another request, so the CLI can name what it shows.
        if (copy["Response"] is JObject response)
        {
            var headers = response["Headers"] as JObject ?? (JObject)(response["Headers"] = new JObject());
            headers[RecordingHeader] = (string?)mapping["Title"] ?? "";
            headers[RecordedInputsHeader] = RequestInputs.Encode(RequestInputs.FromRecording(request));
        }

        request.Remove("Body");
        if (request["Params"] is JArray parameters)
            request["Params"] = new JArray(parameters.Where(p => (string?)p["Name"] == "page"));
        if (request["Path"]?["Matchers"] is JArray { Count: 1 } matchers
            && (string?)matchers[0]["Name"] == "ExactMatcher" && (string?)matchers[0]["Pattern"] is { } path)
            request["Path"] = new JObject { ["Matchers"] = new JArray(new JObject { ["Name"] = "RegexMatcher", ["Pattern"] = AnyIds(path) }) };
        return copy;
    }

    static string AnyIds(string path) =>
        "^" + string.Join("/", path.Split('/').Select(segment => RequestInputs.IdSegment.IsMatch(segment) ? "[^/]+" : Regex.Escape(segment))) + "$";

    static int HeaderMatcherCount(JObject mapping) => (mapping["Request"]?["Headers"] as JArray)?.Count ?? 0;

    static JObject NoRecording() => new()
    {
        ["Title"] = "No recording",
        ["Request"] = new JObject { ["Path"] = new JObject { ["Matchers"] = new JArray(new JObject { ["Name"] = "WildcardMatcher", ["Pattern"] = "*" }) } },
        ["Response"] = new JObject
        {
            ["StatusCode"] = 404,
            ["Headers"] = new JObject { ["Content-Type"] = "application/json" },
            ["BodyAsJson"] = new JObject
            {
                ["status"] = "error",
                ["data"] = new JObject { ["code"] = 404, ["message"] = NoRecordingMessage },
            },
        },
    };
}
