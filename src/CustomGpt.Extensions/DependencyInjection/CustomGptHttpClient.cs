namespace CustomGpt.Extensions.DependencyInjection;

/// <summary>The IHttpClientFactory client that <c>AddCustomGpt</c> registers.</summary>
internal static class CustomGptHttpClient
{
    /// <summary>Its name, under which HttpClientFactoryOptions and the handler pipeline are kept.</summary>
    public const string Name = "CustomGpt";
}
