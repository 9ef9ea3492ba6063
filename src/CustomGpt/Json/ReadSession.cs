using Newtonsoft.Json;

namespace CustomGpt.Json;

/// <summary>
/// The state of one read (one response body or one streamed event): the policy, the operation, and
/// the issues found, handed to the policy's observer when the read ends. Why a thread-static: the
/// serializer is shared by every call of a client, and Newtonsoft hands converters and the error
/// handler no per-call state; a read is synchronous, so it starts and ends on one thread.
/// </summary>
internal sealed class ReadSession : IDisposable
{
    [ThreadStatic] static ReadSession? _current;

    readonly ReadSession? _outer;
    List<ReadIssue>? _issues;

    ReadSession(ReadPolicy policy, string operationId)
    {
        Policy = policy;
        OperationId = operationId;
        _outer = _current;
        _current = this;
    }

    /// <summary>The read under way on this thread; null outside the SDK's reads (then reads are tolerant and unreported).</summary>
    public static ReadSession? Current => _current;

    /// <summary>Whether the read under way is strict.</summary>
    public static bool IsStrict => _current?.Policy.Strict == true;

    public ReadPolicy Policy { get; }

    public string OperationId { get; }

    /// <summary>
    /// Starts a read with the policy <paramref name="serializer"/> was created with. A tolerant read
    /// that nobody observes needs no session (a read with none is tolerant and unreported), unless
    /// one is under way on this thread: null then, and nothing to allocate on the common path.
    /// </summary>
    public static ReadSession? Begin(JsonSerializer serializer, string operationId)
    {
        var policy = serializer.Context.Context as ReadPolicy ?? ReadPolicy.Tolerant;
        return policy.Strict || policy.OnIssue is not null || _current is not null ? new ReadSession(policy, operationId) : null;
    }

    /// <summary>Whether reads through <paramref name="serializer"/> are strict.</summary>
    public static bool IsStrictFor(JsonSerializer serializer) => (serializer.Context.Context as ReadPolicy)?.Strict == true;

    public void Report(UnreadableValueException unreadable) =>
        (_issues ??= []).Add(new ReadIssue(OperationId, unreadable.ValuePath, unreadable.ExpectedType, unreadable.Found));

    /// <summary>Ends the read and reports its issues, in the order they were found.</summary>
    public void Dispose()
    {
        _current = _outer;
        if (_issues is null || Policy.OnIssue is not { } observer) return;
        foreach (var issue in _issues) observer(issue);
    }
}
