using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Cli.Sandbox;

/// <summary>
/// The values a request carries, by name: the ids in its path (<c>agent</c> for <c>projects/1042</c>),
/// its query and the fields of its JSON or form body. Read from a recording's matchers and from the
/// request the CLI sends, so the sandbox can say which recorded values it shows instead of the given ones.
/// </summary>
internal static class RequestInputs
{
    // A path segment that names a resource rather than a route: numeric ids, session UUIDs.
    public static readonly Regex IdSegment = new(@"^(\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$", RegexOptions.CultureInvariant);

    // How a recording's multipart matcher names one text part: name, blank line, the value as a regex.
    static readonly Regex FormPart = new(@"^Content-Disposition: form-data; name=(\w+)\r\n\r\n(.*)\r\n--$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <summary>The inputs a recorded request requires, from its WireMock.Net matchers.</summary>
    public static Dictionary<string, string> FromRecording(JObject request)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request["Path"]?["Matchers"] is JArray { Count: 1 } path && (string?)path[0]["Name"] == "ExactMatcher")
            AddPathIds(inputs, (string?)path[0]["Pattern"] ?? "");
        foreach (var parameter in request["Params"] as JArray ?? [])
            if ((string?)parameter["Name"] is { } name && parameter["Matchers"]?.FirstOrDefault()?["Pattern"] is JValue { Value: not null } value)
                inputs[name] = value.ToString();
        var body = request["Body"];
        foreach (var matcher in (body?["Matchers"] as JArray ?? []).Append(body?["Matcher"]).OfType<JObject>())
        {
            if ((string?)matcher["Name"] == "JsonMatcher" && matcher["Pattern"] is JObject json) AddFields(inputs, json);
            else if ((string?)matcher["Name"] == "RegexMatcher" && (bool?)matcher["RejectOnMatch"] != true
                     && FormPart.Match((string?)matcher["Pattern"] ?? "") is { Success: true } part)
                inputs[part.Groups[1].Value] = Regex.Unescape(part.Groups[2].Value);
        }
        return inputs;
    }

    /// <summary>The inputs as one header value (ASCII, as headers must be).</summary>
    public static string Encode(IReadOnlyDictionary<string, string> inputs) =>
        string.Join("&", inputs.Select(pair => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(pair.Value)));

    public static Dictionary<string, string> Decode(string header) =>
        header.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(parts => Uri.UnescapeDataString(parts[0]), parts => parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "", StringComparer.Ordinal);

    /// <summary>The inputs of a request about to be sent. Only buffered bodies are read: an upload's stream is left alone.</summary>
    public static async Task<Dictionary<string, string>> FromRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.RequestUri is not { } uri) return inputs;
        AddPathIds(inputs, uri.AbsolutePath);
        foreach (var (name, value) in Query(uri)) inputs[name] = value;
        if (request.Content is MultipartFormDataContent form)
        {
            foreach (var part in form.OfType<ByteArrayContent>())
                if (part.Headers.ContentDisposition is { FileName: null, Name: { } name })
                    inputs[name.Trim('"')] = await part.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (request.Content is ByteArrayContent content && content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
        {
            try
            {
                if (JToken.Parse(await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)) is JObject json) AddFields(inputs, json);
            }
            catch (Newtonsoft.Json.JsonReaderException)
            {
                // Not ours to judge: the request goes out as it is.
            }
        }
        return inputs;
    }

    /// <summary>The names of <paramref name="uri"/>'s query parameters.</summary>
    public static IReadOnlySet<string> QueryNames(Uri? uri) => uri is null ? new HashSet<string>() : Query(uri).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    static IEnumerable<(string Name, string Value)> Query(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => (Uri.UnescapeDataString(parts[0]), parts.Length == 2 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : ""));

    static void AddPathIds(Dictionary<string, string> inputs, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < segments.Length; i++)
            if (IdSegment.IsMatch(segments[i])) inputs[Label(segments[i - 1])] = segments[i];
    }

    // The API's route names what the CLI calls an agent "projects".
    static string Label(string route) => route switch
    {
        "projects" => "agent",
        "preview" => "citation",
        _ when route.EndsWith('s') => route[..^1],
        _ => route,
    };

    static void AddFields(Dictionary<string, string> inputs, JObject json)
    {
        foreach (var property in json.Properties())
        {
            inputs[property.Name] = property.Value switch
            {
                JValue { Value: null } => "",
                JValue { Type: JTokenType.Boolean } flag => (bool)flag ? "true" : "false",
                JValue value => Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                JArray array => string.Join(", ", array.Select(item => item.ToString())),
                _ => property.Value.ToString(Newtonsoft.Json.Formatting.None),
            };
        }
    }
}
