using WireMock.Logging;

namespace CustomGpt.ContractTests.Faults;

/// <summary>A request as WireMock's log holds it: when it arrived and which mapping answered it.</summary>
public sealed record LoggedRequest(DateTime ArrivedAt, string Path, string? MappingTitle)
{
    /// <summary>Whether one of the case's mappings answered (else WireMock answered 404 on its own).</summary>
    public bool Matched => MappingTitle is not null;

    /// <summary>The logged requests whose path starts with <paramref name="prefix"/>, in the order they arrived.</summary>
    public static IReadOnlyList<LoggedRequest> Under(string prefix, IEnumerable<ILogEntry> log) => log
        .Where(entry => entry.RequestMessage is not null)
        .Select(entry => new LoggedRequest(entry.RequestMessage!.DateTime, entry.RequestMessage.Path, entry.MappingTitle))
        .Where(request => request.Path.StartsWith(prefix + "/", StringComparison.Ordinal))
        .OrderBy(request => request.ArrivedAt)
        .ToList();
}
