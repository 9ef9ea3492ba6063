using CustomGpt.ContractTests.Calls;
using CustomGpt.ContractTests.Replay;
using Xunit.Sdk;

namespace CustomGpt.ContractTests;

/// <summary>The replay fails, with WireMock's closest match in the message, when the SDK sends anything but the recorded request.</summary>
public sealed class StrictnessTests(ReplayServer server) : IClassFixture<ReplayServer>
{
    [Fact]
    public Task A_different_json_body_fails_on_the_body_matcher() =>
        AssertUnmatched("Conversations/Conversations_Create.success",
            c => c.Conversations.CreateAsync(1042, new CreateConversationRequest { Name = "Another name" }), "RequestMessageBodyMatcher: 0");

    [Fact]
    public Task A_different_path_fails() =>
        AssertUnmatched("Agents/Agents_GetStats.success", c => c.Agents.GetStatsAsync(1043), "MatchResult: 0");

    [Fact]
    public Task A_different_query_value_fails_on_the_param_matcher() =>
        AssertUnmatched("Agents/Agents_Get.success", c => c.Agents.GetAsync(1042, new AgentGetOptions { Width = "50%", Height = "640px" }), "RequestMessageParamMatcher");

    [Fact]
    public Task An_extra_multipart_part_fails_on_the_body_matcher() =>
        AssertUnmatched("Agents/Agents_Create.success",
            c => c.Agents.CreateAsync(new CreateAgentRequest { ProjectName = "Product handbook", SitemapPath = "https://docs.example.com/sitemap.xml", IsAnonymized = true }),
            "RequestMessageBodyMatcher: 0");

    [Fact]
    public async Task Another_key_fails_on_the_header_matcher()
    {
        server.Serve(Contract.Recordings["Users/Users_Get.success"]);
        using var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = "1234|another-fake-key-000000000000", BaseUrl = new Uri(server.Url) });
        await Assert.ThrowsAnyAsync<CustomGptApiException>(() => client.Users.GetAsync());
        var failure = Assert.ThrowsAny<XunitException>(() => server.AssertRequestsMatched(Contract.Recordings["Users/Users_Get.success"]));
        Assert.Contains("RequestMessageHeaderMatcher: 0", failure.Message);
        Assert.DoesNotContain("another-fake-key", failure.Message);
    }

    [Fact]
    public async Task An_extra_query_parameter_fails_although_the_matchers_pass()
    {
        var recording = Contract.Recordings["Agents/Agents_List.success"];
        server.Serve(recording);
        await server.Client.Agents.ListAsync(new AgentListOptions { Page = 1, Order = SortOrder.Desc, Name = "handbook" });
        var failure = Assert.ThrowsAny<XunitException>(() => server.AssertRequestsMatched(recording));
        Assert.Contains("query parameters the recording does not expect: name", failure.Message);
    }

    [Fact]
    public async Task A_missing_page_request_fails()
    {
        var recording = Contract.Recordings["Agents/Agents_List.paged"];
        server.Serve(recording);
        await server.Client.Agents.ListAsync(new AgentListOptions { Page = 1, Order = SortOrder.Desc });
        var failure = Assert.ThrowsAny<XunitException>(() => server.AssertRequestsMatched(recording));
        Assert.Contains("one request per recorded exchange", failure.Message);
    }

    async Task AssertUnmatched<T>(string recording, Func<CustomGptClient, Task<T>> call, string closestMatchDetail)
    {
        var file = Contract.Recordings[recording];
        server.Serve(file);
        // WireMock answers an unmatched request with 404, which the SDK raises.
        await Assert.ThrowsAnyAsync<CustomGptApiException>(() => call(server.Client));
        var failure = Assert.ThrowsAny<XunitException>(() => server.AssertRequestsMatched(file));
        Assert.Contains("no recorded exchange matched", failure.Message);
        Assert.Contains("Closest mapping", failure.Message);
        Assert.Contains(closestMatchDetail, failure.Message);
    }
}
