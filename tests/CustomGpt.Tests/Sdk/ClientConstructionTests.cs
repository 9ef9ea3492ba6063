namespace CustomGpt.Tests.Sdk;

/// <summary>The client's constructors: a key alone is enough for the production API; options are required.</summary>
public class ClientConstructionTests
{
    [Fact]
    public void A_key_alone_makes_a_client_for_the_production_api()
    {
        using var client = new CustomGptClient(TestKeys.ApiKey);

        Assert.Equal(CustomGptClientOptions.DefaultBaseUrl, client.BaseUrl);
        Assert.DoesNotContain("fake-test-key", client.ToString());
    }

    [Fact]
    public void Options_are_required() =>
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new CustomGptClient((CustomGptClientOptions)null!)).ParamName);
}
