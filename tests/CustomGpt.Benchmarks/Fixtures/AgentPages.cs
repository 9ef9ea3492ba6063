using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Benchmarks.Fixtures;

/// <summary>
/// The pages of the agent list, Laravel style. Every page carries the same items, encoded once;
/// only the few paging fields differ, so any number of pages costs the server next to nothing
/// and the memory measured is the client's.
/// </summary>
internal sealed class AgentPages
{
    public const int ItemsPerPage = 100;
    readonly byte[] _items;

    public AgentPages(JObject agent, int pageCount)
    {
        PageCount = pageCount;
        var items = new JArray();
        for (var id = 1; id <= ItemsPerPage; id++)
        {
            var item = (JObject)agent.DeepClone();
            item["id"] = id;
            items.Add(item);
        }
        _items = Encoding.UTF8.GetBytes(items.ToString(Formatting.None));
    }

    public int PageCount { get; }

    /// <summary>The three parts of page <paramref name="number"/>: head, items, tail.</summary>
    public (byte[] Head, byte[] Items, byte[] Tail) Page(int number)
    {
        var head = $"{{\"status\":\"success\",\"data\":{{\"current_page\":{number},\"data\":";
        var next = number < PageCount ? $"\"https://app.customgpt.ai/api/v1/projects?page={number + 1}\"" : "null";
        var tail = $",\"from\":{(number - 1) * ItemsPerPage + 1},\"last_page\":{PageCount},\"next_page_url\":{next}," +
                   $"\"path\":\"https://app.customgpt.ai/api/v1/projects\",\"per_page\":{ItemsPerPage}," +
                   $"\"to\":{number * ItemsPerPage},\"total\":{PageCount * ItemsPerPage}}}}}";
        return (Encoding.UTF8.GetBytes(head), _items, Encoding.UTF8.GetBytes(tail));
    }
}
