using Microsoft.Kiota.Abstractions.Authentication;

namespace CustomGpt.Auth;

/// <summary>
/// The default token provider: one static API key, handed out only for the allowed hosts (by
/// default the host of the configured base URL). Plug in your own <see cref="IAccessTokenProvider"/>
/// to rotate keys, e.g. from a vault.
/// </summary>
public sealed class ApiKeyTokenProvider : IAccessTokenProvider
{
    static readonly Task<string> NoToken = Task.FromResult(string.Empty);
    readonly Task<string> _apiKey;

    /// <summary>Creates a provider for <paramref name="apiKey"/>, valid for <paramref name="allowedHosts"/> only.</summary>
    /// <exception cref="ArgumentException">The key is empty, or holds a character an HTTP header cannot carry (a line break, a control character, a non-ASCII character, whitespace).</exception>
    public ApiKeyTokenProvider(string apiKey, IEnumerable<string> allowedHosts)
    {
        if (string.IsNullOrWhiteSpace(apiKey)) throw new ArgumentException("The API key is empty.", nameof(apiKey));
        if (ApiKeyFormat.Problem(apiKey) is { } problem) throw new ArgumentException(ApiKeyFormat.Describe("The API key", problem), nameof(apiKey));
        _apiKey = Task.FromResult(apiKey);
        AllowedHostsValidator = new AllowedHostsValidator(allowedHosts);
    }

    /// <inheritdoc />
    public AllowedHostsValidator AllowedHostsValidator { get; }

    /// <inheritdoc />
    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        AllowedHostsValidator.IsUrlHostValid(uri) ? _apiKey : NoToken;

    /// <summary>Names the type only: the key never appears in text.</summary>
    public override string ToString() => $"{nameof(ApiKeyTokenProvider)} (key hidden)";
}
