namespace CustomGpt.ContractTests.Faults;

/// <summary>
/// What the server (or the network) does instead of answering a call the way its success recording
/// does. <see cref="FaultMappings"/> stages each one in WireMock.Net; <see cref="FaultExpectations"/>
/// says how the SDK must end under it.
/// </summary>
public enum Fault
{
    /// <summary>WireMock's EMPTY_RESPONSE: the success status and headers, no body at all.</summary>
    EmptyResponse,

    /// <summary>WireMock's MALFORMED_RESPONSE_CHUNK: the first half of the success body, then 100–200 random bytes.</summary>
    MalformedResponseChunk,

    /// <summary>The first half of the success body (truncated JSON, or an event stream cut mid-event), properly ended.</summary>
    TruncatedBody,

    /// <summary>A proxy's HTML 502 page, as recorded in Agents_Create.proxy-502.</summary>
    Html502,

    /// <summary>200 with an HTML page (<c>text/html</c>), as a captive portal or a misrouted proxy would send.</summary>
    NonJsonContentType,

    /// <summary>429 with <c>Retry-After: 1</c>, then the success answer.</summary>
    RetryAfterThenSuccess,

    /// <summary>503 three times, then the success answer.</summary>
    Unavailable3TimesThenSuccess,

    /// <summary>Every answer held back for <see cref="FaultTimings.ServerDelay"/>, beyond the per-attempt timeout.</summary>
    DelayBeyondAttemptTimeout,

    /// <summary>Nothing listens on the port: the connection is refused and no request is ever sent.</summary>
    ConnectionRefused,

    /// <summary>The server sends the status, headers and the first half of the body (for an event stream: its first whole events), then drops the connection.</summary>
    ConnectionDropsMidBody,
}
