using System.Runtime.CompilerServices;

namespace CustomGpt.Extensions.Logging;

/// <summary>
/// How many times one request message has reached the logging handler. A retrying handler above it
/// (e.g. the standard resilience handler) sends the same message again; the count travels in the
/// message's options, which a handler that clones the message (hedging) copies along.
/// </summary>
internal static class SendCount
{
    const string Key = "CustomGpt.Extensions.SendCount";

    /// <summary>Counts one more send of <paramref name="request"/> and returns the count, from 1.</summary>
    public static int Increment(HttpRequestMessage request)
    {
#if NET5_0_OR_GREATER
        var key = new HttpRequestOptionsKey<StrongBox<int>>(Key);
        if (!request.Options.TryGetValue(key, out var count))
        {
            count = new StrongBox<int>();
            request.Options.Set(key, count);
        }
#else
        if (!(request.Properties.TryGetValue(Key, out var value) && value is StrongBox<int> count))
        {
            count = new StrongBox<int>();
            request.Properties[Key] = count;
        }
#endif
        return Interlocked.Increment(ref count.Value);
    }
}
