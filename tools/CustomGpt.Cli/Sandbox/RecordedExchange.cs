using Newtonsoft.Json.Linq;

namespace CustomGpt.Cli.Sandbox;

/// <summary>One WireMock.Net mapping from a recording file, with where it came from.</summary>
/// <param name="RecordingName">The file's name without extension, e.g. <c>Agents_List.paged</c>.</param>
/// <param name="Mapping">The mapping as recorded.</param>
/// <param name="SetSize">How many exchanges the file holds: a paged list is recorded as a set of pages.</param>
internal sealed record RecordedExchange(string RecordingName, JObject Mapping, int SetSize)
{
    /// <summary>The recorded response status.</summary>
    public int Status => (int?)Mapping["Response"]?["StatusCode"] ?? 200;

    /// <summary>Whether the recorded answer is a success.</summary>
    public bool IsSuccess => Status is >= 200 and < 300;
}
