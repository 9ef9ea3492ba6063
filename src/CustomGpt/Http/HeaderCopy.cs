using System.Net.Http.Headers;

namespace CustomGpt.Http;

/// <summary>
/// Copies headers from one message or content to another as the text they hold. Enumerating
/// <see cref="HttpHeaders"/> itself would parse every value first (taking a lock per header) only
/// for the copy to store it as text again; the runtime's non-validated view (.NET 6+) hands the
/// text over as it is.
/// </summary>
internal static class HeaderCopy
{
    /// <summary>Copies every header of <paramref name="from"/> but <paramref name="except"/> (a header name, or null).</summary>
    public static void CopyTo(HttpHeaders from, HttpHeaders to, string? except = null)
    {
#if NET6_0_OR_GREATER
        foreach (var header in from.NonValidated)
        {
            if (except is not null && string.Equals(header.Key, except, StringComparison.OrdinalIgnoreCase)) continue;
            if (header.Value.Count == 1) to.TryAddWithoutValidation(header.Key, header.Value.ToString());
            else to.TryAddWithoutValidation(header.Key, header.Value);
        }
#else
        foreach (var header in from)
        {
            if (except is not null && string.Equals(header.Key, except, StringComparison.OrdinalIgnoreCase)) continue;
            to.TryAddWithoutValidation(header.Key, header.Value);
        }
#endif
    }
}
