using System.Collections.Concurrent;
using Newtonsoft.Json.Serialization;

namespace CustomGpt.Json;

/// <summary>
/// The answer a successful response without a body stands for, where its payload is an
/// acknowledgement: a model whose one member is a boolean (<c>DeleteResult.Deleted</c>,
/// <c>UpdateResult.Updated</c>). A <c>204 No Content</c> (or a <c>200</c> with no body) to a delete
/// means it was deleted: the payload says so (<c>Deleted = true</c>). Any other payload cannot be
/// made up, so an empty body stays an error for it. Decided from the payload type, not per operation.
/// </summary>
internal static class EmptySuccess
{
    static readonly ConcurrentDictionary<Type, Func<object>?> Factories = new();

    /// <summary>The envelope of type <paramref name="envelopeType"/> an empty success stands for; null when it stands for none.</summary>
    public static object? For(Type envelopeType) => Factories.GetOrAdd(envelopeType, Build)?.Invoke();

    static Func<object>? Build(Type envelopeType)
    {
        if (!typeof(IEnvelope).IsAssignableFrom(envelopeType) || Resolve(envelopeType) is not { DefaultCreator: { } createEnvelope } envelope) return null;
        foreach (var payload in envelope.Properties)
        {
            if (payload.PropertyType is null || Resolve(payload.PropertyType) is not { DefaultCreator: { } createPayload } model) continue;
            var members = model.Properties.Where(p => !p.Ignored).ToList();
            if (members.Count != 1 || members[0].ValueProvider is not { } flag || members[0].PropertyType is not { } flagType) continue;
            if (flagType != typeof(bool?) && flagType != typeof(bool)) continue;
            return () =>
            {
                var acknowledgement = createPayload();
                flag.SetValue(acknowledgement, true);
                var answer = createEnvelope();
                payload.ValueProvider!.SetValue(answer, acknowledgement);
                return answer;
            };
        }
        return null;
    }

    static JsonObjectContract? Resolve(Type type) => TolerantContractResolver.Instance.ResolveContract(type) as JsonObjectContract;
}
