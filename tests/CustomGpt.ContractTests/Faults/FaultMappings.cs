using System.Text;
using CustomGpt.ContractTests.Replay;
using CustomGpt.SpecTool.Verify;
using Newtonsoft.Json.Linq;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static CustomGpt.ContractTests.Faults.FaultTimings;

namespace CustomGpt.ContractTests.Faults;

/// <summary>
/// Stages a fault in WireMock.Net: mappings on the case's method and path (under its prefix) that
/// answer with the fault where the success recording would have answered, and, for faults that
/// pass, a scenario whose later state answers with the recording.
/// </summary>
public static class FaultMappings
{
    const string Recovered = "recovered";
    const string Throttling = """{"message":"Too Many Attempts."}""";
    const string Unavailable = """{"message":"Service Unavailable"}""";
    const string PortalPage = "<!DOCTYPE html>\n<html><head><title>Sign in to the network</title></head><body><form action=\"/login\"></form></body></html>\n";

    public static void Stage(WireMockServer server, FaultCase faultCase)
    {
        var (fault, target) = (faultCase.Fault, faultCase.Target);
        var success = target.Success;
        IRespondWithAProvider On(string title) => Given(server, faultCase.Prefix, target, $"{faultCase}: {title}");

        switch (fault)
        {
            case Fault.EmptyResponse:
                On("empty response").RespondWith(Recorded(success).WithFault(FaultType.EMPTY_RESPONSE));
                break;
            case Fault.MalformedResponseChunk:
                On("malformed chunk").RespondWith(Recorded(success).WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));
                break;
            case Fault.TruncatedBody:
                On("first half of the body").RespondWith(WithHeaders(success, Response.Create().WithStatusCode(success.Status)).WithBody(FirstHalf(success)));
                break;
            case Fault.Html502:
                On("proxy 502 page").RespondWith(Recorded(Contract.Recordings["Agents/Agents_Create.proxy-502"].Exchanges[0]));
                break;
            case Fault.NonJsonContentType:
                On("200 text/html").RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html; charset=utf-8").WithBody(PortalPage));
                break;
            case Fault.RetryAfterThenSuccess:
                On("429 Retry-After").InScenario(faultCase.ToString()).WillSetStateTo(Recovered).RespondWith(Json(429, Throttling)
                    .WithHeader("Retry-After", RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                On("success after 429").InScenario(faultCase.ToString()).WhenStateIs(Recovered).RespondWith(Recorded(success));
                break;
            case Fault.Unavailable3TimesThenSuccess:
                On("503").InScenario(faultCase.ToString()).WillSetStateTo(Recovered, 3).RespondWith(Json(503, Unavailable));
                On("success after three 503s").InScenario(faultCase.ToString()).WhenStateIs(Recovered).RespondWith(Recorded(success));
                break;
            case Fault.DelayBeyondAttemptTimeout:
                On("delayed success").RespondWith(Recorded(success).WithDelay(ServerDelay));
                break;
            case Fault.ConnectionRefused:
                break; // nothing listens: the case's base URL is a closed port
            case Fault.ConnectionDropsMidBody:
                On("connection dropped mid-body").RespondWith(BreakOff(success, BreakingOffResponse.SentPartLead));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(faultCase), fault, null);
        }
    }

    /// <summary>The recorded success, on <paramref name="target"/>'s method and path under <paramref name="prefix"/>.</summary>
    public static void StageSuccess(WireMockServer server, string prefix, FaultTarget target) =>
        Given(server, prefix, target, $"{prefix}: success").RespondWith(Recorded(target.Success));

    /// <summary>A mapping on <paramref name="target"/>'s method and path under <paramref name="prefix"/>, to give an answer.</summary>
    public static IRespondWithAProvider Given(WireMockServer server, string prefix, FaultTarget target, string title) => server
        .Given(Request.Create().UsingMethod(target.Method).WithPath(new ExactMatcher(prefix + target.Path)))
        .WithTitle(title);

    /// <summary>
    /// How long after a call ends its requests may still be reaching the log: WireMock logs a
    /// request once its answer is ready, which for a delayed answer is after the delay, and for a
    /// dropped connection is just after the drop.
    /// </summary>
    public static TimeSpan LogLag(Fault fault) => fault switch
    {
        Fault.DelayBeyondAttemptTimeout => ServerDelay + TimeSpan.FromMilliseconds(300),
        Fault.ConnectionDropsMidBody => BreakingOffResponse.SentPartLead + TimeSpan.FromMilliseconds(300),
        _ => TimeSpan.Zero,
    };

    /// <summary>The first part of <paramref name="exchange"/>'s answer, then, <paramref name="holdFor"/> later, a dropped connection.</summary>
    public static BreakingOffResponse BreakOff(RecordedExchange exchange, TimeSpan holdFor) =>
        new(exchange.Status, HeadersOf(exchange), SentBeforeTheDrop(exchange), holdFor);

    static IResponseBuilder Recorded(RecordedExchange exchange)
    {
        var response = WithHeaders(exchange, Response.Create().WithStatusCode(exchange.Status));
        return exchange.Bytes is { } bytes ? response.WithBody(bytes) : exchange.Text is { } text ? response.WithBody(text) : response;
    }

    static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    static IResponseBuilder WithHeaders(RecordedExchange exchange, IResponseBuilder response)
    {
        foreach (var (name, value) in HeadersOf(exchange)) response = response.WithHeader(name, value);
        return response;
    }

    static List<KeyValuePair<string, string>> HeadersOf(RecordedExchange exchange) =>
        (exchange.Mapping["Response"]?["Headers"] as JObject ?? []).Properties()
            .SelectMany(header => (header.Value as JArray ?? [header.Value]).Select(value => KeyValuePair.Create(header.Name, (string)value!)))
            .ToList();

    static byte[] Body(RecordedExchange exchange) => exchange.Bytes ?? Encoding.UTF8.GetBytes(exchange.Text ?? "");

    static byte[] FirstHalf(RecordedExchange exchange)
    {
        var body = Body(exchange);
        return body[..(body.Length / 2)];
    }

    // An event stream breaks between events, so the client has whole events before the drop;
    // any other body breaks at its middle.
    static byte[] SentBeforeTheDrop(RecordedExchange exchange)
    {
        var half = FirstHalf(exchange);
        if (exchange.ContentType != "text/event-stream") return half;
        var text = Encoding.UTF8.GetString(half);
        var end = text.LastIndexOf("\n\n", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(end < 0 ? "" : text[..(end + 2)]);
    }
}
