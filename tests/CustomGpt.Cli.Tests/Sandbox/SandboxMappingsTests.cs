using CustomGpt.Cli.Sandbox;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Cli.Tests.Sandbox;

/// <summary>How recordings become ranked sandbox mappings (lower WireMock priority wins).</summary>
public sealed class SandboxMappingsTests
{
    [Fact]
    public void A_success_outranks_an_error_recorded_for_the_same_request()
    {
        var mappings = Build(Exchange("Users_Get.unauthenticated", 401), Exchange("Users_Get.success", 200));
        Assert.True(Priority(mappings, "Users_Get.success") < Priority(mappings, "Users_Get.unauthenticated"));
    }

    [Fact]
    public void Every_exact_mapping_outranks_every_loosened_one()
    {
        var mappings = Build(Exchange("A.success", 200), Exchange("B.not-found", 404));
        Assert.True(Priority(mappings, "B.not-found") < Priority(mappings, "A.success (loosened)"));
    }

    [Fact]
    public void A_streamed_answer_outranks_a_plain_one_for_a_streaming_request()
    {
        var stream = Exchange("Send.stream", 200);
        ((JArray)stream.Mapping["Request"]!["Headers"]!).Add(Header("Accept", "text/event-stream"));
        var mappings = Build(Exchange("Send.success", 200), stream);
        Assert.True(Priority(mappings, "Send.stream (loosened)") < Priority(mappings, "Send.success (loosened)"));
    }

    [Fact]
    public void A_set_of_pages_outranks_a_single_page()
    {
        var mappings = Build(Exchange("List.success", 200), Exchange("List.paged", 200, setSize: 3));
        Assert.True(Priority(mappings, "List.paged") < Priority(mappings, "List.success"));
    }

    [Fact]
    public void Loosening_frees_ids_bodies_and_options_but_keeps_the_page_and_headers()
    {
        var loosened = Find(Build(Exchange("Messages.paged", 200)), "Messages.paged (loosened)");
        var request = loosened["Request"]!;
        Assert.Equal("RegexMatcher", (string?)request["Path"]!["Matchers"]![0]!["Name"]);
        Assert.Equal("^/api/v1/projects/[^/]+/conversations/[^/]+/messages$", (string?)request["Path"]!["Matchers"]![0]!["Pattern"]);
        Assert.Equal(["page"], request["Params"]!.Select(p => (string?)p["Name"]));
        Assert.Null(request["Body"]);
        Assert.Equal("Authorization", (string?)request["Headers"]![0]!["Name"]);
    }

    [Fact]
    public void A_request_nothing_matches_gets_an_api_shaped_404_last()
    {
        var mappings = Build(Exchange("A.success", 200));
        var fallback = (JObject)mappings.Last();
        Assert.Equal(mappings.Count, (int)fallback["Priority"]!);
        Assert.Equal(404, (int)fallback["Response"]!["StatusCode"]!);
        Assert.Equal(SandboxMappings.NoRecordingMessage, (string?)fallback["Response"]!["BodyAsJson"]!["data"]!["message"]);
    }

    static JArray Build(params RecordedExchange[] exchanges) => SandboxMappings.Build(exchanges);

    static int Priority(JArray mappings, string title) => (int)Find(mappings, title)["Priority"]!;

    static JObject Find(JArray mappings, string title) => mappings.OfType<JObject>().Single(m => (string?)m["Title"] == title);

    static RecordedExchange Exchange(string name, int status, int setSize = 1) => new(name, new JObject
    {
        ["Title"] = name,
        ["Request"] = new JObject
        {
            ["Methods"] = new JArray("GET"),
            ["Path"] = new JObject { ["Matchers"] = new JArray(new JObject { ["Name"] = "ExactMatcher", ["Pattern"] = "/api/v1/projects/1042/conversations/9a4d3c1e-7b2f-4e8a-b6d0-3f5c2a1e8d47/messages" }) },
            ["Params"] = new JArray(Param("page", "1"), Param("order", "asc")),
            ["Headers"] = new JArray(Header("Authorization", "Bearer " + SandboxServer.ApiKey)),
            ["Body"] = new JObject { ["Matcher"] = new JObject { ["Name"] = "JsonMatcher", ["Pattern"] = new JObject { ["prompt"] = "Hi" } } },
        },
        ["Response"] = new JObject { ["StatusCode"] = status },
    }, setSize);

    static JObject Param(string name, string value) => new() { ["Name"] = name, ["Matchers"] = new JArray(new JObject { ["Name"] = "ExactMatcher", ["Pattern"] = value }) };

    static JObject Header(string name, string value) => Param(name, value);
}
