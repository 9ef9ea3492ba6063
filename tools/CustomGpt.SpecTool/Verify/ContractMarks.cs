using Newtonsoft.Json.Linq;

namespace CustomGpt.SpecTool.Verify;

/// <summary>
/// What a recording declares about itself for <c>verify</c>, under the mapping's
/// <c>Data.contract</c> (WireMock.Net leaves <c>Data</c> alone unless a transformer is used):
/// <list type="bullet">
/// <item><c>deviations</c>: places (JSON pointers; <c>""</c> is the whole response) where the body knowingly departs
/// from the spec, each with the reason. They are reported as marked, not as failures; a mark that no longer
/// matches anything fails, so marks cannot outlive the deviation.</item>
/// <item><c>eventSchema</c>: for a <c>text/event-stream</c> body the spec does not declare, the component schema each
/// event's data is checked against.</item>
/// </list>
/// </summary>
public sealed class ContractMarks
{
    ContractMarks(IReadOnlyList<Deviation> deviations, string? eventSchema)
    {
        Deviations = deviations;
        EventSchema = eventSchema;
    }

    /// <summary>The deviations the recording declares.</summary>
    public IReadOnlyList<Deviation> Deviations { get; }

    /// <summary>The component schema of each event's data, when the recording names one.</summary>
    public string? EventSchema { get; }

    /// <summary>A known departure from the spec at <see cref="Pointer"/>, and why it is accepted.</summary>
    public sealed record Deviation(string Pointer, string Reason);

    internal static ContractMarks From(JObject mapping, string source)
    {
        if (mapping["Data"]?["contract"] is not JObject contract) return new ContractMarks([], null);
        var deviations = new List<Deviation>();
        foreach (var item in contract["deviations"] as JArray ?? [])
        {
            var pointer = (string?)item["pointer"];
            var reason = (string?)item["reason"];
            if (pointer is null || string.IsNullOrWhiteSpace(reason))
                throw new RecordingException($"{source}: every Data.contract.deviations entry needs a pointer and a reason.");
            deviations.Add(new Deviation(pointer, reason));
        }
        return new ContractMarks(deviations, (string?)contract["eventSchema"]);
    }
}
