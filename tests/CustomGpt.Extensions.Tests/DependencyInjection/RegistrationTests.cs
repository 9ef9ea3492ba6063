using CustomGpt.Extensions.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomGpt.Extensions.Tests.DependencyInjection;

public sealed class RegistrationTests
{
    [Fact]
    public async Task AddCustomGpt_registers_a_client_that_sends_through_the_factorys_HttpClient()
    {
        using var api = ApiServer.Start();
        AgentEndpoint.Answers(api);
        var seen = new List<string>();
        var services = new ServiceCollection();
        services.AddCustomGpt(o => { o.ApiKey = "1234|di-key"; o.BaseUrl = api.Url; })
            .AddHttpMessageHandler(() => new ObservingHandler(seen));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        var agent = await provider.GetRequiredService<CustomGptClient>().Agents.GetAsync(AgentEndpoint.AgentId);

        Assert.Equal("Handbook", agent.ProjectName);
        Assert.Equal([AgentEndpoint.Path], seen);
        Assert.Equal("Bearer 1234|di-key", ApiServer.Header(api.Requests("GET", AgentEndpoint.Path).Single(), "Authorization"));
    }

    [Fact]
    public async Task AddCustomGpt_binds_the_options_from_a_configuration_section()
    {
        using var api = ApiServer.Start();
        AgentEndpoint.Answers(api);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CustomGpt:ApiKey"] = "1234|from-config",
            ["CustomGpt:BaseUrl"] = api.Url.ToString(),
            ["CustomGpt:Timeout"] = "00:00:20",
            ["CustomGpt:AttemptTimeout"] = "00:00:05",
            ["CustomGpt:UserAgentSuffix"] = "handbook-bot/2.0",
            ["CustomGpt:Retry:MaxAttempts"] = "5",
            ["CustomGpt:Retry:BaseDelay"] = "00:00:00.250",
        }).Build();
        var services = new ServiceCollection();
        services.AddCustomGpt(configuration.GetSection("CustomGpt"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<CustomGptClientOptions>>().Value;
        Assert.Equal(("1234|from-config", api.Url, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(5), 5, TimeSpan.FromMilliseconds(250)),
            (options.ApiKey, options.BaseUrl, options.Timeout, options.AttemptTimeout, options.Retry.MaxAttempts, options.Retry.BaseDelay));

        await provider.GetRequiredService<CustomGptClient>().Agents.GetAsync(AgentEndpoint.AgentId);
        var request = api.Requests("GET", AgentEndpoint.Path).Single();
        Assert.Equal("Bearer 1234|from-config", ApiServer.Header(request, "Authorization"));
        Assert.EndsWith(" handbook-bot/2.0", ApiServer.Header(request, "User-Agent"));
    }

    [Fact]
    public void Each_client_gets_a_copy_of_every_option()
    {
        // Guards the copy: an option added to CustomGptClientOptions must be copied too.
        var options = new CustomGptClientOptions
        {
            ApiKey = "1234|copy",
            TokenProvider = new CustomGpt.Auth.ApiKeyTokenProvider("1234|copy", ["example.com"]),
            BaseUrl = new Uri("https://example.com/"),
            Timeout = TimeSpan.FromSeconds(71),
            AttemptTimeout = TimeSpan.FromSeconds(13),
            Retry = new CustomGptRetryOptions { MaxAttempts = 7, BaseDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(9) },
            UserAgentSuffix = "copy/1.0",
        };

        var copy = CustomGpt.Extensions.DependencyInjection.EffectiveOptions.For(options, handlersRetry: false);

        Assert.NotSame(options, copy);
        Assert.NotSame(options.Retry, copy.Retry);
        foreach (var property in typeof(CustomGptClientOptions).GetProperties().Where(p => p.CanWrite && p.Name != nameof(CustomGptClientOptions.Retry)))
            Assert.Equal(property.GetValue(options), property.GetValue(copy));
        foreach (var property in typeof(CustomGptRetryOptions).GetProperties().Where(p => p.CanWrite))
            Assert.Equal(property.GetValue(options.Retry), property.GetValue(copy.Retry));
    }

    [Fact]
    public void With_retrying_handlers_the_client_makes_one_attempt_with_the_whole_budget()
    {
        var options = new CustomGptClientOptions { ApiKey = "k", Timeout = TimeSpan.FromSeconds(60), AttemptTimeout = TimeSpan.FromSeconds(10) };

        var effective = CustomGpt.Extensions.DependencyInjection.EffectiveOptions.For(options, handlersRetry: true);

        Assert.Equal((1, TimeSpan.FromSeconds(60)), (effective.Retry.MaxAttempts, effective.AttemptTimeout));
        Assert.Equal(3, options.Retry.MaxAttempts);
    }

    sealed class ObservingHandler(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (seen) seen.Add(request.RequestUri!.AbsolutePath);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
