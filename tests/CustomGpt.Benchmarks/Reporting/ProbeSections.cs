using System.Text;
using CustomGpt.Benchmarks.Probes;

namespace CustomGpt.Benchmarks.Reporting;

/// <summary>The summary's sections for the probes: pagination memory, streaming latency, client CPU.</summary>
internal static class ProbeSections
{
    public static void Append(StringBuilder text, ProbeResults probes)
    {
        PaginationMemorySection(text, probes.Pagination);
        StreamLatencySection(text, probes.Streaming);
        ClientCpuSection(text, probes.ClientCpu);
    }

    static void PaginationMemorySection(StringBuilder text, IReadOnlyList<PaginationMemory> readers) =>
        MarkdownSection.Append(text, $"Pagination memory ({PaginationMemoryProbe.PageCount:N0} pages of 100 agents)",
            "Live heap after a full collection, sampled every 5 pages, above where it stood before the first page; " +
            "floor = 10th percentile of a window's 20 samples (samples jump by about 50 KB, in both readers, when pooled buffers happen to be live). " +
            "Earlier pages kept: weak references to each page's first agent, checked while the last page is read. " +
            $"Flat: no earlier page kept, and the floor over the last 100 pages at most {Units.Bytes(PaginationMemory.MaxGrowthBytes)} above the floor over the first 100.",
            ["Reader", "Floor, pages 1-100:", "Floor, last 100 pages:", "Peak sample:", "Allocated per page:", "Earlier pages kept:", "Flat"],
            readers.Select(reader => new[]
            {
                reader.Reader, Units.Bytes(reader.FloorFirst100PagesBytes), Units.Bytes(reader.FloorLast100PagesBytes), Units.Bytes(reader.PeakBytes),
                Units.Bytes(reader.AllocatedPerPageBytes), reader.EarlierPagesStillReachable.ToString(System.Globalization.CultureInfo.InvariantCulture), Units.Verdict(reader.IsFlat),
            }));

    static void StreamLatencySection(StringBuilder text, IReadOnlyList<StreamLatency> readers) =>
        MarkdownSection.Append(text, "Streaming latency (server sends one event every 2 ms)",
            "From the server writing an event to the caller's loop receiving it.",
            ["Reader", "Events:", "p50:", "p90:", "p99:", "Max:"],
            readers.Select(reader => new[]
            {
                reader.Reader, reader.Events.ToString(System.Globalization.CultureInfo.InvariantCulture), Units.Microseconds(reader.P50Microseconds),
                Units.Microseconds(reader.P90Microseconds), Units.Microseconds(reader.P99Microseconds), Units.Microseconds(reader.MaxMicroseconds),
            }),
            readers.Count == 2 ? AddedLatency(readers[0], readers[1]) : null);

    static string AddedLatency(StreamLatency raw, StreamLatency sdk)
    {
        var addedP50 = sdk.P50Microseconds - raw.P50Microseconds;
        var addedP90 = sdk.P90Microseconds - raw.P90Microseconds;
        var addedP99 = sdk.P99Microseconds - raw.P99Microseconds;
        // Judged on the typical event (p50, p90): the slowest 1% follow the machine's scheduling more than the code.
        var met = Math.Max(addedP50, addedP90) < Targets.MaxAddedStreamLatencyMicroseconds;
        return $"Added by the SDK: {Units.Microseconds(addedP50)} at p50, {Units.Microseconds(addedP90)} at p90 ({Units.Microseconds(addedP99)} at p99). " +
               $"Target under 1 ms per event (p50 and p90): {Units.Verdict(met)}.";
    }

    static void ClientCpuSection(StringBuilder text, IReadOnlyList<ClientCpu> clients)
    {
        var baseline = clients.FirstOrDefault();
        MarkdownSection.Append(text, "Client CPU per call, without the network (1 KB agent)",
            $"The same GET over an in-memory handler: the client's own work, as process CPU time (fastest of {ClientCpuProbe.Rounds} rounds of 20,000 calls), " +
            "which other work on the machine disturbs far less than wall time. Ratios are to the first row.",
            ["Client", "CPU per call:", "Ratio:", "Allocated:", "Alloc ratio:"],
            clients.Select(client => new[]
            {
                client.Client, Units.Microseconds(client.CpuMicroseconds), Units.Ratio(client.CpuMicroseconds / baseline!.CpuMicroseconds),
                Units.Bytes(client.AllocatedBytes), Units.Ratio(client.AllocatedBytes / baseline.AllocatedBytes),
            }));
    }
}
