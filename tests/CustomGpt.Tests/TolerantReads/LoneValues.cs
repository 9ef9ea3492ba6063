using CustomGpt.Json;
using Newtonsoft.Json;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// One JSON value read as a client's serializer reads it, tolerant or strict. A lone value has no
/// member to leave unset, so a value the converters cannot read is thrown rather than forgiven.
/// </summary>
internal static class LoneValues
{
    public static T? Read<T>(string json, bool strict = false) => Read<T>(json, null, strict);

    /// <summary>The value read, with its issues going to <paramref name="onIssue"/> when the read ends.</summary>
    public static T? Read<T>(string json, Action<ReadIssue>? onIssue, bool strict = false)
    {
        var serializer = JsonSerializer.Create(CustomGptJson.CreateSettings(new ReadPolicy(strict, onIssue)));
        using var session = ReadSession.Begin(serializer, "Test_Read");
        using var reader = new JsonTextReader(new StringReader(json));
        return serializer.Deserialize<T>(reader);
    }

    public static UnreadableValueException Unreadable<T>(string json, bool strict = false) =>
        Assert.Throws<UnreadableValueException>(() => Read<T>(json, strict));
}
