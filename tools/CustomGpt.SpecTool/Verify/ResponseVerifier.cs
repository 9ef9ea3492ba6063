using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Verify;

/// <summary>
/// Checks one recorded response against the response the spec declares for its operation and
/// status: the status must be declared, the media type too, and a JSON body (or each event of a
/// server-sent event stream) must validate against the schema. Deviations the recording marks are
/// reported as marked; a mark that matches nothing is itself a violation.
/// </summary>
public sealed class ResponseVerifier(SpecContract spec, bool strict = false)
{
    const string EventStream = "text/event-stream";
    const string Done = "[DONE]";

    /// <summary>The findings for one exchange of the recording of <paramref name="operationId"/>.</summary>
    public IReadOnlyList<Finding> Verify(string operationId, RecordedExchange exchange)
    {
        var findings = Check(operationId, exchange).ToList();
        return ApplyMarks(findings, exchange);
    }

    IEnumerable<Finding> Check(string operationId, RecordedExchange exchange)
    {
        var source = exchange.Source;
        if (!spec.Operations.TryGetValue(operationId, out var operation))
        {
            yield return new Finding(source, "", $"an operation of the spec", $"operationId {operationId}");
            yield break;
        }
        if (operation.ResponseFor(exchange.Status) is not { } declared)
        {
            yield return new Finding(source, "", $"a status {operationId} declares ({string.Join(", ", operation.Api.Responses().Keys)})", $"status {exchange.Status}");
            yield break;
        }
        var content = declared.Response["content"] as JObject;
        if (content is null || content.Count == 0)
        {
            if (exchange.BodyLength > 0) yield return new Finding(source, "", $"no body for status {declared.Key}", $"a body of {exchange.BodyLength} bytes");
            yield break;
        }
        var mediaType = exchange.ContentType ?? "(none)";
        var media = MediaFor(content, mediaType);
        if (media is null)
        {
            yield return new Finding(source, "", $"a content type declared for status {declared.Key} ({string.Join(", ", content.Properties().Select(p => p.Name))})", mediaType);
            // A stream the spec does not declare is still checked, event by event, against the schema the recording names.
            if (mediaType == EventStream && exchange.Marks.EventSchema is { } named)
                foreach (var finding in CheckEvents(exchange, spec.Schemas.Component(named), named)) yield return finding;
            yield break;
        }
        var schema = media["schema"] as JObject;
        if (schema is null) yield break;
        if (mediaType == EventStream)
        {
            foreach (var finding in CheckEvents(exchange, spec.Schemas.Compile(schema), "the declared event schema")) yield return finding;
        }
        else if (RecordedExchange.IsJson(mediaType))
        {
            JToken? body;
            string? problem = null;
            try { body = exchange.Json(); }
            catch (JsonException e) { body = null; problem = e.Message; }
            if (body is null) yield return new Finding(source, "", "a JSON body", problem is null ? "no body" : $"text that is not JSON ({problem})");
            else foreach (var finding in SchemaErrors.Validate(spec.Schemas.Compile(schema), body, source, "", strict)) yield return finding;
        }
        // Any other media type (a file's bytes, say) has nothing a JSON Schema could check.
    }

    IEnumerable<Finding> CheckEvents(RecordedExchange exchange, NJsonSchema.JsonSchema? schema, string schemaName)
    {
        if (schema is null)
        {
            yield return new Finding(exchange.Source, "", $"an event schema in the spec", $"{schemaName}, which the spec does not define");
            yield break;
        }
        var events = exchange.Events();
        if (events.Count == 0) yield return new Finding(exchange.Source, "", "at least one event", "an empty stream");
        for (var i = 0; i < events.Count; i++)
        {
            var location = $"event {i}:";
            if (events[i].Trim() == Done)
            {
                if (i != events.Count - 1) yield return new Finding(exchange.Source, location, "[DONE] only as the last event", "[DONE] followed by more events");
                continue;
            }
            JToken data;
            string? problem = null;
            try { data = RecordingFile.Parse(events[i]); }
            catch (JsonException e) { data = JValue.CreateNull(); problem = e.Message; }
            if (problem is not null) { yield return new Finding(exchange.Source, location, "JSON data", $"text that is not JSON ({problem})"); continue; }
            foreach (var finding in SchemaErrors.Validate(schema, data, exchange.Source, location, strict)) yield return finding;
        }
    }

    static JObject? MediaFor(JObject content, string mediaType)
    {
        if (content[mediaType] is JObject exact) return exact;
        var family = mediaType.Split('/')[0] + "/*";
        return content[family] as JObject ?? content["*/*"] as JObject;
    }

    static IReadOnlyList<Finding> ApplyMarks(List<Finding> findings, RecordedExchange exchange)
    {
        var result = new List<Finding>();
        var used = new HashSet<ContractMarks.Deviation>();
        foreach (var finding in findings)
        {
            var mark = finding.Kind == FindingKind.Violation ? exchange.Marks.Deviations.FirstOrDefault(d => d.Pointer == finding.Location) : null;
            if (mark is null) { result.Add(finding); continue; }
            used.Add(mark);
            result.Add(finding with { Kind = FindingKind.Marked, Reason = mark.Reason });
        }
        foreach (var stale in exchange.Marks.Deviations.Where(d => !used.Contains(d)))
            result.Add(new Finding(exchange.Source, stale.Pointer, "a deviation at this marked place", "none: the spec and the body agree here, remove the mark"));
        return result;
    }
}
