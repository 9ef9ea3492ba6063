using CustomGpt.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace CustomGpt.Extensions.Tests.DependencyInjection;

/// <summary>
/// The factory's own request log redacts the credential headers whatever the app chose (its default
/// redacts every header; an app that names its own replaces that), and what the app chose as well.
/// </summary>
public sealed class HeaderRedactionTests
{
    static Func<string, bool> Redacts(Action<IHttpClientBuilder> app)
    {
        var services = new ServiceCollection().AddLogging();
        var builder = services.AddCustomGpt(o => o.ApiKey = "1234|di-key");
        app(builder);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(CustomGptHttpClient.Name).ShouldRedactHeaderValue;
    }

    [Fact]
    public void Credential_headers_are_redacted_when_the_app_redacts_nothing()
    {
        var redacts = Redacts(client => client.RedactLoggedHeaders(_ => false));
        Assert.Equal([true, true, true, false], new[] { "Authorization", "x-api-key", "Cookie", "X-Request-Id" }.Select(redacts));
    }

    [Fact]
    public void What_the_app_redacts_stays_redacted_next_to_them()
    {
        var redacts = Redacts(client => client.RedactLoggedHeaders(["X-Tenant"]));
        Assert.Equal([true, true, false], new[] { "Authorization", "X-Tenant", "X-Request-Id" }.Select(redacts));
    }
}
