using System.Runtime.CompilerServices;

namespace CustomGpt.Pagination;

/// <summary>
/// All items of a paginated list, fetched lazily one page at a time as the caller enumerates
/// (<c>await foreach (var agent in client.Agents.ListAllAsync())</c>), or page by page with their
/// metadata through <see cref="AsPages"/>.
/// </summary>
/// <remarks>
/// The SDK builds each next request itself, asking for the next page number with the same filters:
/// it never follows the <c>next_page_url</c> the server returns, so a link to another host cannot
/// receive a request (or the key). It stops after <c>last_page</c>, or at an empty page when the
/// server does not say which page is last.
/// </remarks>
/// <typeparam name="T">The type of the listed items.</typeparam>
public sealed class AsyncPageable<T> : IAsyncEnumerable<T>
{
    readonly Func<int, CancellationToken, Task<IPage<T>?>> _fetchPage;
    readonly int _firstPage;
    readonly CancellationToken _cancellationToken;

    /// <summary>Creates the sequence; nothing is fetched until it is enumerated.</summary>
    /// <param name="fetchPage">Fetches the page with the given 1-based number.</param>
    /// <param name="firstPage">The page to start at.</param>
    /// <param name="cancellationToken">Cancels the enumeration, together with the token given to the enumerator.</param>
    public AsyncPageable(Func<int, CancellationToken, Task<IPage<T>?>> fetchPage, int firstPage = 1, CancellationToken cancellationToken = default)
    {
        if (firstPage < 1) throw new ArgumentOutOfRangeException(nameof(firstPage), firstPage, "Pages are numbered from 1.");
        _fetchPage = fetchPage ?? throw new ArgumentNullException(nameof(fetchPage));
        _firstPage = firstPage;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The pages themselves, each with its items and metadata.</summary>
    public async IAsyncEnumerable<IPage<T>> AsPages([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // One token when only one can cancel (or both are the same): a cancelled call then names the
        // caller's own token, and no linked source is made.
        using var linked = Distinct(_cancellationToken, cancellationToken) ? CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, cancellationToken) : null;
        var token = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _cancellationToken);
        for (var number = _firstPage; ; number++)
        {
            token.ThrowIfCancellationRequested();
            var page = await _fetchPage(number, token).ConfigureAwait(false);
            if (page is null) yield break;
            yield return page;
            var last = page.LastPage;
            if (last is null ? page.Items.Count == 0 : number >= last) yield break;
        }
    }

    static bool Distinct(CancellationToken a, CancellationToken b) => a.CanBeCanceled && b.CanBeCanceled && a != b;

    /// <inheritdoc />
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages(cancellationToken).ConfigureAwait(false))
            foreach (var item in page.Items)
                yield return item;
    }
}
