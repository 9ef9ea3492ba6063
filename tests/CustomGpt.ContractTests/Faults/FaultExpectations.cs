using static CustomGpt.ContractTests.Faults.FaultTimings;

namespace CustomGpt.ContractTests.Faults;

/// <summary>
/// How the SDK must end under each fault, from its retry rules: GET, PUT and DELETE are sent again
/// on 408/429/5xx and transport failures up to <see cref="FaultTimings.MaxAttempts"/> times; a POST
/// only when its connection was refused, and a file upload never. A 2xx answer is never retried,
/// and a body the SDK cannot read fails as a plain <see cref="CustomGptApiException"/>.
/// </summary>
public static class FaultExpectations
{
    public static Expectation For(Fault fault, FaultTarget target) => fault switch
    {
        Fault.EmptyResponse when Acknowledges(target) => new()
        {
            Attempts = 1, Because = "an empty 2xx to a call whose answer only says it was done (deleted/updated) reads as done",
        },
        Fault.EmptyResponse or Fault.MalformedResponseChunk or Fault.TruncatedBody => BrokenSuccess(target, target.Success.Status),
        Fault.NonJsonContentType => BrokenSuccess(target, 200),
        Fault.Html502 => RetriedStatus(target, 502, MaxAttempts, "a 502 is retried for idempotent calls until the attempts run out"),
        Fault.RetryAfterThenSuccess => Throttled(target),
        Fault.Unavailable3TimesThenSuccess => UnavailableThrice(target),
        Fault.DelayBeyondAttemptTimeout => Slow(target),
        Fault.ConnectionRefused => Refused(target),
        Fault.ConnectionDropsMidBody => DroppedMidBody(target),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
    };

    // The SDK's rule for an empty success: the payload is one boolean (DeleteResult, UpdateResult).
    static bool Acknowledges(FaultTarget target) =>
        target.Shape == ResponseShape.Json && target.Success.Text is { } text && Newtonsoft.Json.Linq.JToken.Parse(text)["data"] is Newtonsoft.Json.Linq.JObject { Count: 1 } data &&
        data.Properties().Single().Value.Type == Newtonsoft.Json.Linq.JTokenType.Boolean;

    // A 2xx answer the SDK cannot read: not retried, whatever the method. A file is not read by the
    // SDK (the caller reads its stream), so it succeeds.
    static Expectation BrokenSuccess(FaultTarget target, int status) => target.Shape == ResponseShape.File
        ? new() { Attempts = 1, Because = "a file answer is handed over unread, with its status and headers" }
        : new()
        {
            Throws = typeof(CustomGptApiException), Attempts = 1, Status = status,
            Because = "a 2xx answer is never retried; a body that is not what the call reads fails as CustomGptApiException",
        };

    static Expectation RetriedStatus(FaultTarget target, int status, int idempotentAttempts, string because) => new()
    {
        Throws = typeof(CustomGptServerException), Status = status,
        Attempts = target.IsIdempotent ? idempotentAttempts : 1,
        Because = target.IsIdempotent ? because : "a POST that reached the server is sent exactly once",
    };

    static Expectation Throttled(FaultTarget target) => target.IsIdempotent
        ? new()
        {
            Attempts = 2, MinimumGap = TimeSpan.FromSeconds(RetryAfterSeconds), MinimumDuration = TimeSpan.FromSeconds(RetryAfterSeconds),
            Because = $"a throttled idempotent call waits the Retry-After ({RetryAfterSeconds} s, under MaxDelay {MaxDelay.TotalSeconds} s) and is sent again",
        }
        : new()
        {
            Throws = typeof(CustomGptRateLimitException), Attempts = 1, Status = 429, RetryAfter = TimeSpan.FromSeconds(RetryAfterSeconds),
            Because = "a throttled POST is sent exactly once; the exception carries the server's Retry-After",
        };

    static Expectation UnavailableThrice(FaultTarget target) => target.IsIdempotent && MaxAttempts >= 4
        ? new() { Attempts = 4, Because = $"three 503s take three of the {MaxAttempts} attempts; the fourth gets the answer" }
        : RetriedStatus(target, 503, MaxAttempts, $"all {MaxAttempts} attempts meet a 503");

    static Expectation Slow(FaultTarget target)
    {
        var attempts = target.IsIdempotent ? MaxAttempts : 1;
        return new()
        {
            Throws = typeof(CustomGptTimeoutException), Status = 0, Attempts = attempts, MinimumDuration = attempts * AttemptTimeout,
            Because = target.IsIdempotent
                ? $"each attempt times out after {AttemptTimeout.TotalMilliseconds} ms and is retried until the attempts run out"
                : "a POST whose attempt timed out may have been acted on: it is sent exactly once",
        };
    }

    static Expectation Refused(FaultTarget target)
    {
        var replayed = !target.UploadsFile;
        return new()
        {
            Throws = typeof(CustomGptConnectionException), Status = 0, Logged = false, Attempts = replayed ? MaxAttempts : 1,
            Because = replayed
                ? "a refused connection proves the request never arrived, so every method is sent again until the attempts run out"
                : "a file upload's stream is never sent twice, even when the connection was refused",
        };
    }

    // A connection that breaks after the status line is a transport failure (an IOException) like
    // one that breaks before it: retried for idempotent calls, never for a POST. A stream has been
    // handed to the caller event by event, so it fails where it broke.
    static Expectation DroppedMidBody(FaultTarget target) => target.Shape switch
    {
        ResponseShape.File => new() { Attempts = 1, Because = "a file answer is handed over unread: the caller meets the break when reading it" },
        ResponseShape.Json when target.IsIdempotent => new()
        {
            Throws = typeof(CustomGptConnectionException), Status = 0, Attempts = MaxAttempts,
            Because = "a broken connection is a transport failure, retried for idempotent calls until the attempts run out",
        },
        ResponseShape.Json => new()
        {
            Throws = typeof(CustomGptConnectionException), Status = 0, Attempts = 1,
            Because = "a POST whose answer broke off may have been acted on: it is sent exactly once, and fails as a broken connection",
        },
        _ => new()
        {
            Throws = typeof(CustomGptConnectionException), Status = 0, Attempts = 1, BrokeWhileReading = true,
            Because = "a stream that breaks after its first events is sent exactly once and fails where it broke, as a broken connection",
        },
    };
}
