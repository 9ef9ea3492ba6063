using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CustomGpt.Extensions.Tests.PublicSurface;

/// <summary>Every entry point of the package refuses a null argument by name, before doing anything.</summary>
public sealed class NullArgumentTests : IDisposable
{
    readonly CustomGptClient _client = new(new CustomGptClientOptions { ApiKey = "1234|fake-test-key-0000000000000000", BaseUrl = new Uri("https://api.test/") });

    public void Dispose() => _client.Dispose();

    static string? ParamOf(Action call) => Assert.Throws<ArgumentNullException>(call).ParamName;

    [Fact]
    public void Registration_refuses_null_services_options_and_sections()
    {
        var section = new ConfigurationBuilder().Build().GetSection("CustomGpt");

        Assert.Equal("services", ParamOf(() => ((IServiceCollection)null!).AddCustomGpt(_ => { })));
        Assert.Equal("configure", ParamOf(() => new ServiceCollection().AddCustomGpt((Action<CustomGptClientOptions>)null!)));
        Assert.Equal("services", ParamOf(() => ((IServiceCollection)null!).AddCustomGpt(section)));
        Assert.Equal("section", ParamOf(() => new ServiceCollection().AddCustomGpt((IConfigurationSection)null!)));
    }

    [Fact]
    public void Functions_and_chat_clients_refuse_a_null_client_agent_or_service_type()
    {
        Assert.Equal("client", ParamOf(() => ((CustomGptClient)null!).AsAIFunction(1)));
        Assert.Equal("client", ParamOf(() => ((CustomGptClient)null!).AsAIFunction(new Agent { Id = 1 })));
        Assert.Equal("agent", ParamOf(() => _client.AsAIFunction((Agent)null!)));
        Assert.Equal("client", ParamOf(() => ((CustomGptClient)null!).AsChatClient(1)));
        Assert.Equal("serviceType", ParamOf(() => _client.AsChatClient(1).GetService(null!)));
    }
}
