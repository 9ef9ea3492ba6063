using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.Pagination;

public class PaginationTests
{
    static PagedEndpoint Agents(int total, int perPage = 10) => new(total, perPage, page => page);

    [Fact]
    public async Task All_items_of_every_page_come_in_order_without_skips_or_repeats()
    {
        var endpoint = Agents(total: 25);
        var ids = new List<int>();
        await foreach (var agent in endpoint.Client().Agents.ListAllAsync(new AgentListOptions { Order = SortOrder.Asc })) ids.Add(agent.Id);

        Assert.Equal(Enumerable.Range(1, 25), ids);
        Assert.Equal(["1", "2", "3"], endpoint.RequestedPages);
        Assert.All(endpoint.Requests, r => Assert.Contains("order=asc", r.RequestUri!.Query));
    }

    [Fact]
    public async Task Pages_are_fetched_one_at_a_time_only_as_the_caller_reads_on()
    {
        var endpoint = Agents(total: 30);
        await using var items = endpoint.Client().Agents.ListAllAsync().GetAsyncEnumerator();

        Assert.Empty(endpoint.Requests);
        for (var i = 0; i < 10; i++) Assert.True(await items.MoveNextAsync());
        Assert.Single(endpoint.Requests);
        Assert.True(await items.MoveNextAsync());
        Assert.Equal(2, endpoint.Requests.Count);
    }

    [Fact]
    public async Task A_walk_can_start_at_a_given_page()
    {
        var endpoint = Agents(total: 25);
        var ids = new List<int>();
        await foreach (var agent in endpoint.Client().Agents.ListAllAsync(new AgentListOptions { Page = 2 })) ids.Add(agent.Id);
        Assert.Equal(Enumerable.Range(11, 15), ids);
    }

    [Fact]
    public async Task A_next_page_url_on_another_host_is_never_followed_and_no_token_leaves_the_api_host()
    {
        var endpoint = Agents(total: 25);
        endpoint.NextPageHost = "https://attacker.test";

        var count = 0;
        await foreach (var _ in endpoint.Client().Agents.ListAllAsync()) count++;

        Assert.Equal(25, count);
        Assert.All(endpoint.Requests, r => Assert.Equal("api.test", r.RequestUri!.Host));
    }

    [Fact]
    public async Task Without_a_last_page_the_walk_ends_at_the_first_empty_page()
    {
        var endpoint = Agents(total: 20);
        endpoint.SaysLastPage = false;
        var count = 0;
        await foreach (var _ in endpoint.Client().Agents.ListAllAsync()) count++;
        Assert.Equal(20, count);
        Assert.Equal(["1", "2", "3"], endpoint.RequestedPages);
    }

    [Fact]
    public async Task AsPages_yields_each_page_with_its_metadata()
    {
        var pages = new List<(int? Current, int? Last, int Count, int? Total)>();
        await foreach (var page in Agents(total: 25).Client().Agents.ListAllAsync().AsPages())
            pages.Add((page.CurrentPage, page.LastPage, page.Items.Count, page.Total));
        Assert.Equal([(1, 3, 10, 25), (2, 3, 10, 25), (3, 3, 5, 25)], pages);
    }

    [Fact]
    public async Task Cancelling_stops_the_walk_before_the_next_request()
    {
        var endpoint = Agents(total: 50);
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in endpoint.Client().Agents.ListAllAsync().WithCancellation(cancel.Token))
                if (++seen == 10) cancel.Cancel();
        });
        Assert.Single(endpoint.Requests);
    }

    [Fact]
    public async Task The_nested_lists_of_pages_and_messages_are_walked_the_same_way()
    {
        var pages = new PagedEndpoint(12, 5, page => new JObject { ["project"] = new JObject { ["id"] = 7 }, ["pages"] = page });
        var pageIds = new List<int>();
        await foreach (var page in pages.Client().Pages.ListAllAsync(7, new PageListOptions { Limit = 5 })) pageIds.Add(page.Id);
        Assert.Equal(Enumerable.Range(1, 12), pageIds);
        Assert.All(pages.Requests, r => Assert.StartsWith("/api/v1/projects/7/pages", r.RequestUri!.AbsolutePath));

        var messages = new PagedEndpoint(7, 3, page => new JObject { ["conversation"] = new JObject { ["id"] = 1, ["session_id"] = "session-1" }, ["messages"] = page });
        var messageIds = new List<int>();
        await foreach (var message in messages.Client().Conversations.ListAllMessagesAsync(7, "session-1")) messageIds.Add(message.Id);
        Assert.Equal(Enumerable.Range(1, 7), messageIds);
    }
}
