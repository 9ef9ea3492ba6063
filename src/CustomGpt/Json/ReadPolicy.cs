namespace CustomGpt.Json;

/// <summary>
/// How one client reads answers: tolerant (the default) or strict, and where issues go. Carried in
/// the serializer settings' context, so every serializer made from them (responses, streams) reads
/// the same way.
/// </summary>
internal sealed class ReadPolicy
{
    public static ReadPolicy Tolerant { get; } = new(false, null);

    public ReadPolicy(bool strict, Action<ReadIssue>? onIssue)
    {
        Strict = strict;
        OnIssue = onIssue;
    }

    public bool Strict { get; }

    public Action<ReadIssue>? OnIssue { get; }

    public static ReadPolicy From(CustomGptClientOptions options) =>
        options.StrictReads || options.OnReadIssue is not null ? new ReadPolicy(options.StrictReads, options.OnReadIssue) : Tolerant;
}
