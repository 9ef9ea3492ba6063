using System.Text;
using CustomGpt.Http;
using Newtonsoft.Json;

namespace CustomGpt.Tests.Http;

/// <summary>A generated method's request on its way to the wire: the URL from typed values, the body, and the message.</summary>
public class ApiRequestTests
{
    static ApiRequest Request(HttpMethod? method = null) => new(method ?? HttpMethod.Get, "Pages_List", "https://api.test/");

    static string Url(ApiRequest request)
    {
        using var message = request.ToMessage(null);
        return message.RequestUri!.OriginalString;
    }

    [Fact]
    public void Path_values_are_escaped_and_integers_written_plainly()
    {
        var request = Request().Path("api/v1/projects/").PathValue(12).Path("/conversations/").PathValue("a b/c?d#e%");
        Assert.Equal("https://api.test/api/v1/projects/12/conversations/a%20b%2Fc%3Fd%23e%25", Url(request));
    }

    [Fact]
    public void The_first_query_value_follows_a_question_mark_the_others_an_ampersand()
    {
        var request = Request().Path("p").Query("page", 2).Query("order", "desc").Query("flag", true);
        Assert.Equal("https://api.test/p?page=2&order=desc&flag=true", Url(request));
    }

    [Fact]
    public void Values_not_given_leave_no_parameter()
    {
        var request = Request().Path("p").Query("a", (string?)null).Query("b", (int?)null).Query("c", (bool?)null).Query("d", (PageStatusFilter?)null);
        Assert.Equal("https://api.test/p", Url(request));
        Assert.Equal("https://api.test/p?c=false", Url(Request().Path("p").Query("a", (string?)null).Query("c", false)));
    }

    [Fact]
    public void Query_names_and_values_are_escaped()
    {
        var request = Request().Path("p").Query("a b", "x&y=z+1 é");
        Assert.Equal("https://api.test/p?a%20b=x%26y%3Dz%2B1%20%C3%A9", Url(request));
    }

    [Fact]
    public void Negative_numbers_are_written_in_the_invariant_culture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            // A culture whose minus sign is not '-'.
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("sv-SE");
            Assert.Equal("https://api.test/p?n=-5", Url(Request().Path("p").Query("n", -5)));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Enums_are_written_as_the_API_spells_them_and_lists_as_repeated_parameters()
    {
        var request = Request().Path("p").Query<PageStatusFilter>("status", PageStatusFilter.NotApplicable)
            .Query("filters", new[] { PageStatusFilter.Ok, PageStatusFilter.Failed });
        Assert.Equal("https://api.test/p?status=n%2Fa&filters=ok&filters=failed", Url(request));
    }

    [Fact]
    public void An_empty_list_leaves_no_parameter()
    {
        Assert.Equal("https://api.test/p", Url(Request().Path("p").Query("filters", Array.Empty<PageStatusFilter>())));
    }

    [Fact]
    public void The_message_carries_the_method_the_accepted_type_and_the_operation()
    {
        using var message = Request(HttpMethod.Delete).Path("p").ToMessage(MediaTypes.Json);
        Assert.Equal(HttpMethod.Delete, message.Method);
        Assert.True(message.RequestUri!.IsAbsoluteUri);
        Assert.Equal(["application/json"], message.Headers.NonValidated["Accept"]);
        Assert.Equal("Pages_List", RequestInfo.GetOperationId(message));
        Assert.True(RequestContext.ExpectsJson(message));
    }

    [Fact]
    public void A_message_for_a_stream_or_a_file_is_not_read_as_JSON()
    {
        using var events = Request().Path("p").ToMessage("text/event-stream");
        Assert.False(RequestContext.ExpectsJson(events));
        Assert.Equal(["text/event-stream"], events.Headers.NonValidated["Accept"]);

        using var file = Request().Path("p").ToMessage(null);
        Assert.False(RequestContext.ExpectsJson(file));
        Assert.False(file.Headers.NonValidated.Contains("Accept"));
        Assert.Equal("Pages_List", RequestInfo.GetOperationId(file));
    }

    [Fact]
    public async Task A_json_body_is_the_object_as_it_was_at_the_call_in_UTF8()
    {
        var body = new Body { Name = "Zoë" };
        var request = Request(HttpMethod.Post).Path("p").JsonBody(body, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        body.Name = "changed later";
        using var message = request.ToMessage(MediaTypes.Json);

        Assert.Same(request.Content, message.Content);
        // JSON is UTF-8 by its definition (RFC 8259): the type names no charset.
        Assert.Equal("application/json", message.Content!.Headers.ContentType!.ToString());
        Assert.Equal("""{"name":"Zoë"}""", Encoding.UTF8.GetString(await message.Content.ReadAsByteArrayAsync()));
    }

    sealed class Body
    {
        [JsonProperty("name")]
        public string? Name { get; set; }

        [JsonProperty("skipped")]
        public string? Skipped { get; set; }
    }

    [Fact]
    public void A_request_without_a_body_sends_none()
    {
        using var message = Request().Path("p").ToMessage(MediaTypes.Json);
        Assert.Null(message.Content);
    }
}
