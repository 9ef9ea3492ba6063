using CustomGpt.Http;
using CustomGpt.Tests.Sdk;

namespace CustomGpt.Tests.Http;

/// <summary>The options resolved once: the base URL as the generated code joins paths to it, the key, the User-Agent.</summary>
[Collection(nameof(EnvironmentVariables))]
public class ClientSettingsTests
{
    static ClientSettings Resolve(string? baseUrl = "https://api.test/", string? apiKey = TestKeys.ApiKey, string? suffix = null) =>
        ClientSettings.Resolve(new CustomGptClientOptions { BaseUrl = baseUrl is null ? null : new Uri(baseUrl, UriKind.RelativeOrAbsolute), ApiKey = apiKey, UserAgentSuffix = suffix });

    [Theory]
    [InlineData("https://api.test", "https://api.test/")]
    [InlineData("https://api.test/", "https://api.test/")]
    [InlineData("https://api.test/base", "https://api.test/base/")]
    [InlineData("https://api.test/base/", "https://api.test/base/")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    public void The_base_url_ends_with_exactly_one_slash(string baseUrl, string text)
    {
        var settings = Resolve(baseUrl);
        Assert.Equal(text, settings.BaseUrlText);
        Assert.Same(settings.BaseUrlText, settings.BaseUrlText);
    }

    [Fact]
    public void A_relative_base_url_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => Resolve("api/v1"));
        Assert.Equal("options", e.ParamName);
        Assert.StartsWith($"The base URL must be absolute, e.g. {CustomGptClientOptions.DefaultBaseUrl}.", e.Message);
    }

    [Fact]
    public void Without_a_base_url_the_default_one_is_used()
    {
        WithEnvironment(null, null, () => Assert.Equal(CustomGptClientOptions.DefaultBaseUrl, Resolve(baseUrl: null).BaseUrl));
    }

    [Fact]
    public void A_base_url_in_the_environment_that_is_not_absolute_fails_naming_the_variable()
    {
        WithEnvironment(null, "not a url", () =>
        {
            var e = Assert.Throws<InvalidOperationException>(() => Resolve(baseUrl: null));
            Assert.Equal($"{CustomGptClientOptions.BaseUrlVariable} is not an absolute URL.", e.Message);
        });
        WithEnvironment(null, "   ", () => Assert.Equal(CustomGptClientOptions.DefaultBaseUrl, Resolve(baseUrl: null).BaseUrl));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_key_falls_back_to_the_environment(string? apiKey)
    {
        WithEnvironment(TestKeys.ApiKey, null, () => Assert.NotNull(Resolve(apiKey: apiKey)));
        WithEnvironment("  ", null, () => Assert.Throws<InvalidOperationException>(() => Resolve(apiKey: apiKey)));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("  my-app/2.0 ", " my-app/2.0")]
    public void The_user_agent_names_the_SDK_and_the_callers_suffix_trimmed(string? suffix, string tail)
    {
        Assert.Equal($"CustomGpt.NET/{UserAgent.SdkVersion}{tail}", Resolve(suffix: suffix).UserAgent);
        Assert.DoesNotContain('+', UserAgent.SdkVersion);
        Assert.Matches(@"^\d+\.\d+\.\d+", UserAgent.SdkVersion);
    }

    [Fact]
    public void The_timeout_is_the_options()
    {
        var settings = ClientSettings.Resolve(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/"), Timeout = TimeSpan.FromSeconds(7) });
        Assert.Equal(TimeSpan.FromSeconds(7), settings.Timeout);
    }

    static void WithEnvironment(string? key, string? baseUrl, Action action) => EnvironmentVariables.With(key, baseUrl, action);
}
