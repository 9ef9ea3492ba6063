using CustomGpt.Pagination;

namespace CustomGpt.Tests.Pagination;

/// <summary>The paging loop on its own, over scripted pages: where it starts, where it stops, and what it asks for.</summary>
public class AsyncPageableTests
{
    /// <summary>Pages of two items numbered after the page (page 3: 31, 32); null past <paramref name="exists"/>.</summary>
    static (AsyncPageable<int> Pageable, List<int> Asked) Pages(int exists, int? lastPage, int firstPage = 1, Func<int, int>? itemsOn = null)
    {
        var asked = new List<int>();
        var pageable = new AsyncPageable<int>((number, _) =>
        {
            asked.Add(number);
            IPage<int>? page = number > exists ? null : new ScriptedPage(Enumerable.Range(1, itemsOn?.Invoke(number) ?? 2).Select(i => number * 10 + i).ToList(), lastPage);
            return Task.FromResult(page);
        }, firstPage);
        return (pageable, asked);
    }

    static async Task<List<int>> All(AsyncPageable<int> pageable)
    {
        var items = new List<int>();
        await foreach (var item in pageable) items.Add(item);
        return items;
    }

    [Fact]
    public async Task The_walk_stops_exactly_at_the_last_page()
    {
        var (pageable, asked) = Pages(exists: 9, lastPage: 3);
        Assert.Equal([11, 12, 21, 22, 31, 32], await All(pageable));
        Assert.Equal([1, 2, 3], asked);
    }

    [Fact]
    public async Task A_start_past_the_last_page_reads_that_one_page_only()
    {
        var (pageable, asked) = Pages(exists: 9, lastPage: 3, firstPage: 5);
        Assert.Equal([51, 52], await All(pageable));
        Assert.Equal([5], asked);
    }

    [Fact]
    public async Task A_single_page_list_asks_once()
    {
        var (pageable, asked) = Pages(exists: 9, lastPage: 1);
        Assert.Equal([11, 12], await All(pageable));
        Assert.Equal([1], asked);
    }

    [Fact]
    public async Task Without_a_last_page_the_walk_goes_on_through_short_pages_until_an_empty_one()
    {
        var (pageable, asked) = Pages(exists: 9, lastPage: null, itemsOn: n => n switch { 1 => 2, 2 => 1, _ => 0 });
        Assert.Equal([11, 12, 21], await All(pageable));
        Assert.Equal([1, 2, 3], asked);
    }

    [Fact]
    public async Task An_empty_page_before_the_last_does_not_end_the_walk()
    {
        var (pageable, asked) = Pages(exists: 9, lastPage: 3, itemsOn: n => n == 2 ? 0 : 1);
        Assert.Equal([11, 31], await All(pageable));
        Assert.Equal([1, 2, 3], asked);
    }

    [Fact]
    public async Task A_missing_page_ends_the_walk()
    {
        var (pageable, asked) = Pages(exists: 2, lastPage: null);
        Assert.Equal([11, 12, 21, 22], await All(pageable));
        Assert.Equal([1, 2, 3], asked);
    }

    [Fact]
    public async Task Pages_come_whole_with_their_items()
    {
        var (pageable, _) = Pages(exists: 9, lastPage: 2, firstPage: 1);
        var pages = new List<IPage<int>>();
        await foreach (var page in pageable.AsPages()) pages.Add(page);
        Assert.Equal([[11, 12], [21, 22]], pages.Select(p => p.Items.ToArray()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Pages_are_numbered_from_one(int firstPage)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new AsyncPageable<int>((_, _) => Task.FromResult<IPage<int>?>(null), firstPage));
        Assert.Equal("firstPage", e.ParamName);
        Assert.Equal(firstPage, e.ActualValue);
        Assert.StartsWith("Pages are numbered from 1.", e.Message);
    }

    [Fact]
    public void A_pageable_needs_a_way_to_fetch_pages()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new AsyncPageable<int>(null!));
        Assert.Equal("fetchPage", e.ParamName);
    }

    [Fact]
    public async Task A_walk_cancelled_before_it_starts_asks_for_nothing()
    {
        var asked = 0;
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var pageable = new AsyncPageable<int>((n, _) => { asked++; return Task.FromResult<IPage<int>?>(new ScriptedPage([n], 9)); }, cancellationToken: cancel.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => All(pageable));
        Assert.Equal(0, asked);
    }

    [Fact]
    public async Task The_fetch_gets_a_token_that_both_the_pageable_and_the_enumerator_cancel()
    {
        using var fromPageable = new CancellationTokenSource();
        using var fromEnumerator = new CancellationTokenSource();
        var tokens = new List<CancellationToken>();
        var pageable = new AsyncPageable<int>((n, token) => { tokens.Add(token); return Task.FromResult<IPage<int>?>(new ScriptedPage([n], 9)); }, cancellationToken: fromPageable.Token);

        await using (var items = pageable.GetAsyncEnumerator(fromEnumerator.Token))
        {
            Assert.True(await items.MoveNextAsync());
            fromEnumerator.Cancel();
            Assert.True(tokens[0].IsCancellationRequested);
        }
        await using (var items = pageable.GetAsyncEnumerator())
        {
            Assert.True(await items.MoveNextAsync());
            fromPageable.Cancel();
            Assert.True(tokens[1].IsCancellationRequested);
        }
    }

    [Fact]
    public async Task With_both_tokens_the_pageables_own_still_cancels_the_fetch()
    {
        using var fromPageable = new CancellationTokenSource();
        using var fromEnumerator = new CancellationTokenSource();
        var tokens = new List<CancellationToken>();
        var pageable = new AsyncPageable<int>((n, token) => { tokens.Add(token); return Task.FromResult<IPage<int>?>(new ScriptedPage([n], 9)); }, cancellationToken: fromPageable.Token);

        await using var items = pageable.GetAsyncEnumerator(fromEnumerator.Token);
        Assert.True(await items.MoveNextAsync());
        fromPageable.Cancel();
        Assert.True(tokens[0].IsCancellationRequested);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await items.MoveNextAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task When_only_one_token_can_cancel_the_fetch_gets_that_very_token(bool enumerators)
    {
        using var source = new CancellationTokenSource();
        var tokens = new List<CancellationToken>();
        var pageable = new AsyncPageable<int>((n, token) => { tokens.Add(token); return Task.FromResult<IPage<int>?>(new ScriptedPage([n], 9)); },
            cancellationToken: enumerators ? default : source.Token);

        await using var items = pageable.GetAsyncEnumerator(enumerators ? source.Token : default);
        Assert.True(await items.MoveNextAsync());
        Assert.Equal(source.Token, tokens[0]);
    }

    [Fact]
    public void A_page_without_a_list_has_no_items_and_a_list_is_not_copied()
    {
        var empty = (IPage<Agent>)new AgentPage { Data = null! };
        Assert.Empty(empty.Items);
        Assert.Empty(PageItems.Of<int>(null));

        var agents = new List<Agent> { new() { Id = 1 } };
        var page = (IPage<Agent>)new AgentPage { Data = agents };
        Assert.Same(agents, page.Items);
        Assert.Equal([1], page.Items.Select(a => a.Id));
    }
}
