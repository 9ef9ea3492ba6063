using System.Text;
using CustomGpt.SpecTool.Record;
using CustomGpt.SpecTool.Verify;
using Newtonsoft.Json.Linq;
using WireMock.Logging;
using WireMock.Server;

namespace CustomGpt.ContractTests.Replay;

/// <summary>
/// A WireMock.Net server that serves one recording at a time, and an SDK client pointed at it with
/// the fake key. After a call it says whether the SDK sent exactly what the recording expects:
/// every request matched a mapping (else WireMock's closest match is in the failure), no query
/// parameter beyond those the mapping names, and every mapping of the recording was used once.
/// </summary>
public sealed class ReplayServer : IDisposable
{
    readonly WireMockServer _server = WireMockServer.Start();

    readonly System.Collections.Concurrent.ConcurrentQueue<ReadIssue> _readIssues = new();

    public ReplayServer()
    {
        // Strict: a recording that departs from the spec (12.0 for an integer, [] for an object...) fails here,
        // where users get tolerance; the recordings and the spec keep catching drift.
        Client = new CustomGptClient(new CustomGptClientOptions { ApiKey = FakeCredentials.ApiKey, BaseUrl = new Uri(_server.Url!), StrictReads = true });
        TolerantClient = new CustomGptClient(new CustomGptClientOptions { ApiKey = FakeCredentials.ApiKey, BaseUrl = new Uri(_server.Url!), OnReadIssue = _readIssues.Enqueue });
    }

    /// <summary>The SDK, talking to this server, reading strictly.</summary>
    public CustomGptClient Client { get; }

    /// <summary>The SDK reading as users have it, for recordings that mark their deviations from the spec.</summary>
    public CustomGptClient TolerantClient { get; }

    /// <summary>What <see cref="TolerantClient"/> could not read since the last <see cref="Serve"/>.</summary>
    public IReadOnlyList<ReadIssue> ReadIssues => [.. _readIssues];

    /// <summary>The server's base URL.</summary>
    public string Url => _server.Url!;

    /// <summary>Serves <paramref name="recording"/> and nothing else.</summary>
    public void Serve(RecordingFile recording)
    {
        _server.ResetMappings();
        _server.ResetLogEntries();
        _readIssues.Clear();
        _server.WithMapping(recording.Json);
    }

    /// <summary>Fails with a readable message when the SDK's requests were not exactly those of <paramref name="recording"/>.</summary>
    public void AssertRequestsMatched(RecordingFile recording)
    {
        var entries = _server.LogEntries.ToList();
        foreach (var entry in entries.Where(e => e.MappingGuid is null))
            Assert.Fail(Unmatched(recording, entry));
        foreach (var entry in entries) AssertNoExtraQuery(recording, entry);

        var titles = recording.Exchanges.Select(e => (string?)e.Mapping["Title"]).ToList();
        var used = entries.Select(e => e.MappingTitle).ToList();
        Assert.True(titles.SequenceEqual(used),
            $"{recording.Name}: expected one request per recorded exchange, in order ({string.Join(", ", titles)}); the SDK's requests matched ({string.Join(", ", used)}).");
    }

    static string Unmatched(RecordingFile recording, ILogEntry entry)
    {
        // A log entry of a served request always carries the request.
        var request = entry.RequestMessage!;
        var text = new StringBuilder($"{recording.Name}: no recorded exchange matched the SDK's request {request.Method} {request.Path}{Query(request.RawQuery)}.");
        if (entry.PartialMatchResult is { } partial)
        {
            text.Append($"\nClosest mapping: \"{entry.PartialMappingTitle}\" (score {partial.TotalScore:0.##} of {partial.TotalNumber}); matchers:");
            foreach (var detail in partial.MatchDetails ?? [])
                text.Append($"\n  {detail.MatcherType}: {detail.Score:0.##}{(detail.Score < 1 ? "   <-- does not match" : "")}");
        }
        foreach (var header in new[] { "Authorization", "Content-Type", "Accept" })
            if (request.Headers?.TryGetValue(header, out var values) == true)
                text.Append($"\n{header}: {(header == "Authorization" ? Redacted(values.ToString()) : values.ToString())}");
        if (!string.IsNullOrEmpty(request.Body))
            text.Append($"\nBody:\n{(request.Body.Length > 2000 ? request.Body[..2000] + "…" : request.Body)}");
        return text.ToString();
    }

    // The fake key is fine to show; anything else in the header is not echoed.
    static string Redacted(string value) => value == FakeCredentials.AuthorizationHeader ? value : "(not the fake key)";

    static string Query(string? raw) => string.IsNullOrEmpty(raw) ? "" : raw.StartsWith('?') ? raw : "?" + raw;

    static void AssertNoExtraQuery(RecordingFile recording, ILogEntry entry)
    {
        var mapping = recording.Exchanges.Select(e => e.Mapping).FirstOrDefault(m => (string?)m["Title"] == entry.MappingTitle);
        var expected = (mapping?["Request"]?["Params"] as JArray ?? []).Select(p => (string?)p["Name"]).ToHashSet(StringComparer.Ordinal);
        var request = entry.RequestMessage!;
        var sent = request.Query?.Keys ?? [];
        var extra = sent.Where(name => !expected.Contains(name)).ToList();
        Assert.True(extra.Count == 0,
            $"{recording.Name}: the SDK sent query parameters the recording does not expect: {string.Join(", ", extra)} (in {request.Path}{Query(request.RawQuery)}).");
    }

    public void Dispose()
    {
        Client.Dispose();
        _server.Stop();
        _server.Dispose();
    }
}
