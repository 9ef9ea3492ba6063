using CustomGpt.Extensions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CustomGpt.Extensions.Tests.DependencyInjection;

/// <summary>
/// Exactly one layer retries: the SDK on its own, the resilience (or Polly) handler when the app adds
/// one. The two are set up with different attempt counts (SDK 4, handler 2) so the count of requests
/// the server sees tells which layer retried, and that they did not multiply (8).
/// </summary>
public sealed class RetryLayerTests
{
    const int SdkAttempts = 4;
    const int HandlerAttempts = 2;

    [Fact]
    public async Task Without_a_retrying_handler_the_SDK_retries()
    {
        var (requests, error) = await FailingCallAsync((_, _) => { });

        Assert.Equal(SdkAttempts, requests);
        Assert.Equal(SdkAttempts, error.Attempts);
    }

    [Fact]
    public async Task With_the_standard_resilience_handler_only_the_handler_retries()
    {
        var (requests, error) = await FailingCallAsync((_, client) => client.AddStandardResilienceHandler(Fast));

        Assert.Equal(HandlerAttempts, requests);
        Assert.Equal((503, 1), (error.StatusCode, error.Attempts));
    }

    [Fact]
    public async Task A_resilience_handler_added_to_every_client_is_recognised_too()
    {
        // As Aspire's service defaults do.
        var (requests, _) = await FailingCallAsync((services, _) => services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(Fast)));

        Assert.Equal(HandlerAttempts, requests);
    }

    [Fact]
    public async Task A_Polly_policy_handler_is_recognised_too()
    {
        var (requests, _) = await FailingCallAsync((_, client) => client.AddTransientHttpErrorPolicy(policy => policy.RetryAsync(HandlerAttempts - 1)));

        Assert.Equal(HandlerAttempts, requests);
    }

    [Fact]
    public async Task A_call_the_resilience_handler_retried_into_success_succeeds()
    {
        using var api = ApiServer.Start();
        api.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(AgentEndpoint.Path).UsingGet())
            .InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(503));
        api.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(AgentEndpoint.Path).UsingGet())
            .InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"status":"success","data":{"id":42,"project_name":"Handbook"}}"""));
        var services = new ServiceCollection();
        AddClient(services, api).AddStandardResilienceHandler(Fast);
        using var provider = services.BuildServiceProvider();

        var agent = await provider.GetRequiredService<CustomGptClient>().Agents.GetAsync(AgentEndpoint.AgentId);

        Assert.Equal("Handbook", agent.ProjectName);
        Assert.Equal(2, api.Requests("GET", AgentEndpoint.Path).Count);
    }

    // One call to an endpoint that always answers 503, with the retries `addRetries` sets up.
    static async Task<(int Requests, CustomGptApiException Error)> FailingCallAsync(Action<IServiceCollection, IHttpClientBuilder> addRetries)
    {
        using var api = ApiServer.Start();
        AgentEndpoint.Fails(api, 503);
        var services = new ServiceCollection();
        addRetries(services, AddClient(services, api));
        using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAnyAsync<CustomGptApiException>(() => provider.GetRequiredService<CustomGptClient>().Agents.GetAsync(AgentEndpoint.AgentId));
        return (api.Requests("GET", AgentEndpoint.Path).Count, error);
    }

    static IHttpClientBuilder AddClient(IServiceCollection services, ApiServer api) =>
        services.AddCustomGpt(o =>
        {
            o.ApiKey = "1234|retry-key";
            o.BaseUrl = api.Url;
            o.Retry = new CustomGptRetryOptions { MaxAttempts = SdkAttempts, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };
        });

    static void Fast(HttpStandardResilienceOptions options)
    {
        options.Retry.MaxRetryAttempts = HandlerAttempts - 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.BackoffType = DelayBackoffType.Constant;
        options.Retry.UseJitter = false;
    }
}
