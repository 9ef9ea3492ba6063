using System.Text;
using CustomGpt.Pagination;

namespace CustomGpt.ContractTests.Calls;

/// <summary>One SDK call of a contract case; its result is what the case compares with the recording.</summary>
public delegate Task<object?> ContractCall(CustomGptClient client, ContractIds ids);

/// <summary>Builds contract calls from SDK calls of each shape (one result, all pages, a stream).</summary>
public static class Calls
{
    /// <summary>A call returning one result.</summary>
    public static ContractCall One<T>(Func<CustomGptClient, ContractIds, Task<T>> call) => async (client, ids) => await call(client, ids);

    /// <summary>Every page of a paginated list, as the SDK's page objects.</summary>
    public static ContractCall Pages<T>(Func<CustomGptClient, ContractIds, AsyncPageable<T>> call) => async (client, ids) =>
    {
        var pages = new List<object>();
        await foreach (var page in call(client, ids).AsPages()) pages.Add(page);
        return pages;
    };

    /// <summary>Every item of a stream, in order.</summary>
    public static ContractCall Stream<T>(Func<CustomGptClient, ContractIds, IAsyncEnumerable<T>> call) => async (client, ids) =>
    {
        var items = new List<T>();
        await foreach (var item in call(client, ids)) items.Add(item);
        return items;
    };

    /// <summary>A small text file to upload.</summary>
    public static FileParameter TextFile(string name, string content, string contentType = "text/plain") =>
        new(new MemoryStream(Encoding.UTF8.GetBytes(content)), name, contentType);
}
