using System.Runtime.Serialization;
using Newtonsoft.Json;

namespace CustomGpt.Json;

/// <summary>
/// The serializer settings of every client: tolerant in what it reads (every value that converts
/// without loss is read; one that cannot be read costs its member, not the answer: see
/// <see cref="ReadErrorHandler"/>), exact in what it writes (only the fields a caller set).
/// </summary>
internal static class CustomGptJson
{
    public static JsonSerializerSettings CreateSettings(ReadPolicy? policy = null) => new()
    {
        // Timestamps reach the converter as the strings the API sent, not as Newtonsoft's guess.
        DateParseHandling = DateParseHandling.None,
        // Unset (null) members are not written: a request says only what the caller set.
        NullValueHandling = NullValueHandling.Ignore,
        // The tolerant converters come with the contracts rather than in Converters, which
        // Newtonsoft would consult for every value: see the resolver.
        ContractResolver = TolerantContractResolver.Instance,
        Error = ReadErrorHandler.OnError,
        // Strict or tolerant, and where issues go: every serializer made from these settings reads alike.
        Context = WithPolicy(policy ?? ReadPolicy.Tolerant),
    };

    // Newtonsoft's only per-serializer slot for state of the caller's own is this context, whose
    // type .NET marks obsolete with the formatters; Newtonsoft itself is not obsolete.
#pragma warning disable SYSLIB0050
    static StreamingContext WithPolicy(ReadPolicy policy) => new(StreamingContextStates.All, policy);
#pragma warning restore SYSLIB0050
}
