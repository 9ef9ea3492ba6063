using CustomGpt.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CustomGpt.Extensions.Tests.DependencyInjection;

public sealed class ValidationTests
{
    [SkippableFact]
    public async Task A_host_without_an_API_key_fails_to_start_and_says_where_to_set_one()
    {
        Skip.If(Environment.GetEnvironmentVariable(CustomGptClientOptions.ApiKeyVariable) is { Length: > 0 },
            $"{CustomGptClientOptions.ApiKeyVariable} is set here, and it is a valid source of the key.");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddCustomGpt(o => o.BaseUrl = new Uri("https://example.com/"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("no API key", error.Message);
        Assert.Contains("CustomGpt:ApiKey", error.Message);
        Assert.Contains(CustomGptClientOptions.ApiKeyVariable, error.Message);
    }

    [SkippableFact]
    public void Resolving_the_client_without_a_key_fails_with_the_same_message()
    {
        Skip.If(Environment.GetEnvironmentVariable(CustomGptClientOptions.ApiKeyVariable) is { Length: > 0 },
            $"{CustomGptClientOptions.ApiKeyVariable} is set here, and it is a valid source of the key.");
        var services = new ServiceCollection();
        services.AddCustomGpt(o => { });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<CustomGptClient>());

        Assert.Contains("no API key", error.Message);
    }

    [Fact]
    public void The_environment_variable_counts_as_a_key()
    {
        var validator = new CustomGptOptionsValidator(name => name == CustomGptClientOptions.ApiKeyVariable ? "1234|env" : null);

        Assert.True(validator.Validate(null, new CustomGptClientOptions()).Succeeded);
    }

    /// <summary>Options with every setting the validator checks wrong (and no key anywhere).</summary>
    static CustomGptClientOptions EverySettingInvalid() => new()
    {
        BaseUrl = new Uri("/relative", UriKind.Relative),
        Timeout = TimeSpan.Zero,
        AttemptTimeout = TimeSpan.FromSeconds(-1),
        Retry = new CustomGptRetryOptions { MaxAttempts = 0 },
    };

    [Fact]
    public void Every_invalid_setting_is_reported_at_once()
    {
        var validator = new CustomGptOptionsValidator(_ => null);
        var options = EverySettingInvalid();

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(5, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.Contains("no API key"));
        Assert.Contains(result.Failures!, f => f.Contains("BaseUrl"));
        Assert.Contains(result.Failures!, f => f.Contains("Retry.MaxAttempts"));
    }

    [Fact]
    public void A_token_provider_stands_in_for_the_key()
    {
        var validator = new CustomGptOptionsValidator(_ => null);
        var options = new CustomGptClientOptions { TokenProvider = new CustomGpt.Auth.ApiKeyTokenProvider("1234|vault", ["app.customgpt.ai"]) };

        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Each_failure_says_what_is_wrong_and_what_to_set_word_for_word()
    {
        var validator = new CustomGptOptionsValidator(_ => null);
        var options = EverySettingInvalid();

        Assert.Equal(
            [
                "CustomGpt: no API key. Set CustomGpt:ApiKey in configuration (user secrets, or the CustomGpt__ApiKey environment variable), " +
                $"set ApiKey or TokenProvider in AddCustomGpt(o => ...), or set the {CustomGptClientOptions.ApiKeyVariable} environment variable.",
                $"CustomGpt: BaseUrl '/relative' is not an absolute URL, e.g. {CustomGptClientOptions.DefaultBaseUrl}.",
                "CustomGpt: Timeout must be positive (or infinite); it is 00:00:00.",
                "CustomGpt: AttemptTimeout must be positive (or infinite); it is -00:00:01.",
                "CustomGpt: Retry.MaxAttempts must be at least 1 (1 turns retries off); it is 0.",
            ],
            validator.Validate(null, options).Failures!);
    }
}
