using CustomGpt.Cli.Output;

namespace CustomGpt.Cli.Sandbox;

/// <summary>
/// Collects, for each sandbox answer that stands in for a request no recording matches exactly, the
/// recorded values shown instead of the ones given (<c>agent 1042</c> for <c>agents show 7</c>), and
/// tells them once the command is done, so nobody mistakes a recorded example for what they asked.
/// </summary>
internal sealed class SandboxDifferences(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    const int LongestValue = 40;
    static readonly AsyncLocal<bool> CliChosen = new();
    readonly List<string> _differences = [];

    /// <summary>
    /// Marks the requests made until disposed as ones whose values the CLI chose rather than the person
    /// (the conversation a chat opens, the citations it looks up): recorded values in their place are
    /// no surprise, so they go unmentioned.
    /// </summary>
    public static IDisposable ChosenByCli()
    {
        CliChosen.Value = true;
        return new Reset();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (CliChosen.Value) return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var given = await RequestInputs.FromRequestAsync(request, cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Headers.TryGetValues(SandboxMappings.RecordedInputsHeader, out var values))
        {
            var recorded = RequestInputs.Decode(values.First());
            var query = RequestInputs.QueryNames(request.RequestUri);
            lock (_differences)
                foreach (var difference in Compare(recorded, given, query))
                    if (!_differences.Contains(difference)) _differences.Add(difference);
        }
        return response;
    }

    /// <summary>Writes what was shown as recorded, if anything, on stderr.</summary>
    public void Report(CliOutput output)
    {
        lock (_differences)
        {
            if (_differences.Count > 0) output.Notice($"Sandbox: shown as recorded: {string.Join(", ", _differences)}.");
            _differences.Clear();
        }
    }

    // Values both carry but that differ; a filter the recording lacks was not applied at all. A value
    // only the recording has (a default the CLI leaves out) changes nothing the person chose.
    static IEnumerable<string> Compare(IReadOnlyDictionary<string, string> recorded, IReadOnlyDictionary<string, string> given, IReadOnlySet<string> query)
    {
        foreach (var (name, value) in recorded)
            if (given.TryGetValue(name, out var mine) && mine != value)
                yield return $"{name} {Quote(value)} (you gave {Quote(mine)})";
        foreach (var (name, mine) in given)
            if (!recorded.ContainsKey(name) && query.Contains(name))
                yield return $"{name} {Quote(mine)} not applied";
    }

    // Ids and numbers as they are (agent 1042), text quoted and cut short.
    static string Quote(string value)
    {
        if (RequestInputs.IdSegment.IsMatch(value)) return value;
        var shown = value.Length <= LongestValue ? value : value[..LongestValue] + "…";
        return $"\"{shown}\"";
    }

    sealed class Reset : IDisposable
    {
        public void Dispose() => CliChosen.Value = false;
    }
}
