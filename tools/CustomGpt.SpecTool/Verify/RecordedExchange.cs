using System.Text;
using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Verify;

/// <summary>One mapping of a recording: the request it matches and the response it answers.</summary>
public sealed class RecordedExchange
{
    RecordedExchange(string source, JObject mapping, int status, string? contentType, string? text, byte[]? bytes, ContractMarks marks)
    {
        Source = source;
        Mapping = mapping;
        Status = status;
        ContentType = contentType;
        Text = text;
        Bytes = bytes;
        Marks = marks;
    }

    /// <summary>Where the exchange is written: the file, and the index when the file holds several.</summary>
    public string Source { get; }

    /// <summary>The WireMock.Net mapping.</summary>
    public JObject Mapping { get; }

    /// <summary>The response's HTTP status.</summary>
    public int Status { get; }

    /// <summary>The media type of the response (<c>application/json</c>), without parameters; null when none is set.</summary>
    public string? ContentType { get; }

    /// <summary>The response body as text (a JSON body as written in the file); null for a byte body or none.</summary>
    public string? Text { get; }

    /// <summary>The response body as bytes, when the mapping gives it base64-encoded (<c>BodyAsBytes</c>).</summary>
    public byte[]? Bytes { get; }

    /// <summary>What the recording says about itself for the verifier.</summary>
    public ContractMarks Marks { get; }

    /// <summary>The response's value of a header (case-insensitive), or null.</summary>
    public string? Header(string name) =>
        (Mapping["Response"]?["Headers"] as JObject)?.Properties()
            .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Value is { } value
            ? value is JArray values ? (string?)values.First : (string?)value
            : null;

    /// <summary>The JSON response body, or null when the body is not JSON.</summary>
    public JToken? Json()
    {
        // Detached, so that paths start at the body rather than at the mapping.
        if (Mapping["Response"]?["BodyAsJson"] is { } json) return json.DeepClone();
        if (Text is null || ContentType is not { } type || !IsJson(type)) return null;
        return RecordingFile.Parse(Text);
    }

    /// <summary>The data of each server-sent event of a <c>text/event-stream</c> body, in order.</summary>
    public IReadOnlyList<string> Events()
    {
        if (Text is null) return [];
        var events = new List<string>();
        foreach (var block in Text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var data = block.Split('\n').Where(line => line.StartsWith("data:", StringComparison.Ordinal))
                .Select(line => line[5..].TrimStart(' '));
            var joined = string.Join("\n", data);
            if (joined.Length > 0) events.Add(joined);
        }
        return events;
    }

    /// <summary>Whether a media type carries JSON (<c>application/json</c>, <c>application/problem+json</c>).</summary>
    public static bool IsJson(string mediaType) =>
        mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);

    /// <summary>A response seen elsewhere (e.g. from a live server), to check it as if it were recorded.</summary>
    public static RecordedExchange FromResponse(string source, int status, string? contentType, string body)
    {
        var headers = contentType is null ? new JObject() : new JObject { ["Content-Type"] = contentType };
        return From(new JObject { ["Response"] = new JObject { ["StatusCode"] = status, ["Headers"] = headers, ["Body"] = body } }, source, 0);
    }

    internal static RecordedExchange From(JObject mapping, string file, int index)
    {
        var source = index == 0 && mapping.Parent is not JArray ? file : $"{file} [{index}]";
        if (mapping["Response"] is not JObject response || response["StatusCode"]?.Type != JTokenType.Integer)
            throw new RecordingException($"{source}: the mapping has no Response with an integer StatusCode.");
        var status = (int)response["StatusCode"]!;
        var headers = response["Headers"] as JObject;
        var contentType = headers?.Properties().FirstOrDefault(p => p.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))?.Value;
        var mediaType = (contentType is JArray values ? (string?)values.First : (string?)contentType)?.Split(';')[0].Trim().ToLowerInvariant();

        string? text = null;
        byte[]? bytes = null;
        if (response["BodyAsJson"] is { } json) text = json.ToString();
        else if (response["Body"] is JValue { Type: JTokenType.String } body) text = (string)body!;
        else if (response["BodyAsBytes"] is JValue { Type: JTokenType.String } base64)
        {
            try { bytes = Convert.FromBase64String((string)base64!); }
            catch (FormatException) { throw new RecordingException($"{source}: BodyAsBytes is not base64."); }
        }
        return new RecordedExchange(source, mapping, status, mediaType, text, bytes, ContractMarks.From(mapping, source));
    }

    /// <summary>The body's size in bytes, for reports.</summary>
    public int BodyLength => Bytes?.Length ?? (Text is null ? 0 : Encoding.UTF8.GetByteCount(Text));
}
