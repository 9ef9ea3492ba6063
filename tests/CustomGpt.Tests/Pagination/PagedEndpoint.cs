using System.Net;
using System.Text;
using System.Web;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.Pagination;

/// <summary>
/// A paginated list in the API's Laravel style: answers the page the query asks for, with
/// <paramref name="total"/> items of ids 1..total, and records every request.
/// </summary>
internal sealed class PagedEndpoint(int total, int perPage, Func<JObject, JObject> wrap) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    /// <summary>Where next_page_url points; the SDK must never go there.</summary>
    public string NextPageHost { get; set; } = "https://api.test";

    /// <summary>When false, pages leave last_page out, as a server may.</summary>
    public bool SaysLastPage { get; set; } = true;

    public int LastPage => Math.Max(1, (total + perPage - 1) / perPage);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var number = int.Parse(HttpUtility.ParseQueryString(request.RequestUri!.Query)["page"] ?? "1");
        var first = (number - 1) * perPage + 1;
        var items = new JArray(Enumerable.Range(first, Math.Max(0, Math.Min(perPage, total - first + 1))).Select(id => new JObject { ["id"] = id }));
        var page = new JObject
        {
            ["current_page"] = number, ["data"] = items, ["per_page"] = perPage, ["total"] = total,
            ["from"] = items.Count == 0 ? null : first, ["to"] = items.Count == 0 ? null : first + items.Count - 1,
            ["next_page_url"] = number < LastPage ? $"{NextPageHost}/api/v1/projects?page={number + 1}" : null,
            ["prev_page_url"] = number > 1 ? $"{NextPageHost}/api/v1/projects?page={number - 1}" : null,
        };
        if (SaysLastPage) page["last_page"] = LastPage;
        var body = new JObject { ["status"] = "success", ["data"] = wrap(page) };
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json"),
            RequestMessage = request,
        });
    }

    public CustomGptClient Client() =>
        new(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/") }, new HttpClient(this));

    public IEnumerable<string?> RequestedPages => Requests.Select(r => HttpUtility.ParseQueryString(r.RequestUri!.Query)["page"]);
}
