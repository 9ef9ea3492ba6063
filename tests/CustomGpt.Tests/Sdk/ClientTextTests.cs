using CustomGpt.Auth;

namespace CustomGpt.Tests.Sdk;

/// <summary>
/// What the client and its options print: every setting, the key only as "(hidden)", the defaults
/// named as such; a fake client says it is one.
/// </summary>
public class ClientTextTests
{
    [Fact]
    public void Options_with_nothing_set_name_the_defaults()
    {
        var options = new CustomGptClientOptions();

        Assert.Equal(
            $"CustomGptClientOptions {{ BaseUrl = (default), ApiKey = (not set), TokenProvider = (not set), Timeout = {options.Timeout}, " +
            $"AttemptTimeout = {options.AttemptTimeout}, StreamIdleTimeout = {options.StreamIdleTimeout}, MaxResponseBytes = {options.MaxResponseBytes}, " +
            $"MaxStreamEventBytes = {options.MaxStreamEventBytes}, Retry = {options.Retry}, UserAgentSuffix = (none), StrictReads = False }}",
            options.ToString());
    }

    [Fact]
    public void Options_print_what_was_set_but_never_the_key()
    {
        var options = new CustomGptClientOptions
        {
            BaseUrl = new Uri("https://api.test/"),
            ApiKey = TestKeys.ApiKey,
            TokenProvider = new ApiKeyTokenProvider(TestKeys.ApiKey, ["api.test"]),
            UserAgentSuffix = "my-app/2.0",
            StrictReads = true,
        };

        var text = options.ToString();

        Assert.StartsWith("CustomGptClientOptions { BaseUrl = https://api.test/, ApiKey = (hidden), TokenProvider = ApiKeyTokenProvider, ", text);
        Assert.EndsWith(", UserAgentSuffix = my-app/2.0, StrictReads = True }", text);
        Assert.DoesNotContain("fake-test-key", text);
    }

    [Fact]
    public void A_client_names_its_base_url_and_a_fake_says_it_is_one()
    {
        using var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/") });

        Assert.Equal("CustomGptClient (https://api.test/)", client.ToString());
        Assert.Equal("CustomGptClient (fake)", new FakeClient().ToString());
        Assert.Equal(CustomGptClientOptions.DefaultBaseUrl, new FakeClient().BaseUrl);
    }

    sealed class FakeClient : CustomGptClient;
}
