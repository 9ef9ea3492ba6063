using CustomGpt.SpecTool.Diff;
using static CustomGpt.Tests.SpecDiff.VendorHistory;

namespace CustomGpt.Tests.SpecDiff;

/// <summary>
/// The diff on the vendor's real history: each consecutive pair of published documents, and the
/// first against the newest. Each test states what a reader of the two documents sees changed,
/// then asserts that the diff reports exactly that (and the counts, so a silent change in what
/// the rules find shows up here).
/// </summary>
public class VendorHistoryTests
{
    const string Projects = "/api/v1/projects";
    const string Agent = "/api/v1/projects/{projectId}";
    const string Messages = "/api/v1/projects/{projectId}/conversations/{sessionId}/messages";

    /// <summary>
    /// 2023-06-03 → 2023-07-05: create and update agent moved from a JSON body to multipart (same
    /// fields); the four paginators lost their <c>links</c> block; the page list stopped nesting
    /// arrays (<c>data.pages.data</c> was an array of arrays of pages); session ids gained the uuid
    /// format (the same bytes, so info on the wire, but <c>string</c> becomes <c>Guid</c> in the
    /// regenerated SDK: a breaking surface change); plugins (3 operations), sources (3) and preview were added; list conversations
    /// gained an optional <c>userFilter</c>.
    /// </summary>
    [SkippableFact]
    public void June_to_July_2023_agent_bodies_became_multipart_and_paginators_lost_links()
    {
        var report = Diff("2023-06-03", "2023-07-05");

        AssertFound(report, "request-media-type-changed", $"POST {Projects} → request body", "media type application/json → multipart/form-data");
        AssertFound(report, "request-media-type-changed", $"POST {Agent} → request body", "media type application/json → multipart/form-data");
        Assert.DoesNotContain(report.Changes, c => c.Location.ToString().StartsWith($"POST {Projects} → request body →", StringComparison.Ordinal));

        Assert.Equal(
            [$"GET {Projects} → response 200 → data.links", $"GET {Agent}/pages → response 200 → data.pages.links",
             $"GET {Agent}/conversations → response 200 → data.links", $"GET {Messages} → response 200 → messages.links"],
            Where(report, "response-property-removed").Where(l => l.EndsWith(".links", StringComparison.Ordinal)));

        AssertFound(report, "response-type-changed", $"GET {Agent}/pages → response 200 → data.pages.data[]", "type array → object");
        AssertFound(report, "response-format-added", $"GET {Agent}/conversations → response 200 → data.data[].session_id", "format (none) → uuid");
        Assert.All(report.Changes.Where(c => c.Rule.Id == "response-format-added"), c => Assert.Equal((Severity.Info, Surface.Breaking), (c.Severity, c.Surface)));
        AssertFound(report, "parameter-added-optional", $"GET {Agent}/conversations → query parameter userFilter");
        Assert.Equal(
            [$"GET {Agent}/plugins", $"PUT {Agent}/plugins", $"POST {Agent}/plugins",
             $"GET {Agent}/sources", $"POST {Agent}/sources", $"DELETE {Agent}/sources/{{sourceId}}", "GET /api/v1/preview/{id}"],
            Where(report, "operation-added"));
        Assert.Empty(Where(report, "operation-removed"));
        AssertCounts(report, breaking: 8, warning: 0, info: 16);
    }

    /// <summary>
    /// 2023-07-05 → 2023-09-29: the success envelopes were flattened: the agent is no longer under
    /// <c>data.project</c> (create, get, update), the user no longer under <c>data.user</c>, and the
    /// message list moved from the top level (<c>conversation</c>, <c>messages</c>) under <c>data</c>;
    /// add plugin and add source answer 201 instead of 200; reindex and page metadata (get, put)
    /// were added; 400 was declared on most operations; the 26 operations both documents have gained
    /// operationIds (the same requests, renamed methods); list agents' <c>duration</c> lost its default.
    /// </summary>
    [SkippableFact]
    public void July_to_September_2023_envelopes_were_flattened_and_creation_answers_201()
    {
        var report = Diff("2023-07-05", "2023-09-29");

        AssertFound(report, "response-property-removed", $"POST {Projects} → response 201 → data.project");
        AssertFound(report, "response-property-removed", $"GET {Agent} → response 200 → data.project");
        AssertFound(report, "response-property-removed", $"POST {Agent} → response 200 → data.project");
        AssertFound(report, "response-property-removed", "GET /api/v1/user → response 200 → data.user");
        AssertFound(report, "response-property-removed", $"GET {Messages} → response 200 → conversation");
        AssertFound(report, "response-property-removed", $"GET {Messages} → response 200 → messages");
        AssertFound(report, "response-property-added", $"POST {Projects} → response 201 → data.project_name");

        foreach (var created in new[] { $"POST {Agent}/plugins", $"POST {Agent}/sources" })
        {
            AssertFound(report, "response-success-status-removed", $"{created} → response 200");
            AssertFound(report, "response-success-status-added", $"{created} → response 201");
        }
        Assert.Equal(
            [$"POST {Agent}/pages/{{pageId}}/reindex", $"GET {Agent}/pages/{{pageId}}/metadata", $"PUT {Agent}/pages/{{pageId}}/metadata"],
            Where(report, "operation-added"));
        Assert.Equal(20, Where(report, "response-error-status-added").Count(l => l.EndsWith("response 400", StringComparison.Ordinal)));
        Assert.Equal(26, Where(report, "operation-id-changed").Count);
        AssertFound(report, "operation-id-changed", $"GET {Projects}", "operationId (none) → list_projects");
        AssertFound(report, "parameter-default-changed", $"GET {Projects} → query parameter duration", "default 90 → (none)");
        AssertCounts(report, breaking: 18, warning: 5, info: 182);
    }

    /// <summary>
    /// 2023-09-29 → 2025-02-26: settings' <c>enable_citations</c> went from boolean to integer (sent
    /// and read); the settings form field <c>example_questions</c> became <c>example_questions[]</c>;
    /// citations lost <c>page_url</c>, <c>image_width</c>, <c>image_height</c>, <c>favicon</c> and
    /// <c>site_name</c>; stats lost <c>index_credits_used</c>; send message gained an optional
    /// <c>Cache-Control</c> header and <c>external_id</c>, and its body <c>chatbot_model</c> and
    /// <c>response_source</c>; 14 operations were added (licenses, reports, replicate, one message,
    /// feedback, source update, instant sync); the settings form gained length limits (seven
    /// <c>maxLength</c>s where there were none: breaking for what we send) and two enums
    /// (<c>chatbot_msg_lang</c>, <c>response_source</c>), while the settings we read lost four
    /// <c>maxLength</c>s (looser: breaking for what we read); every operationId went.
    /// </summary>
    [SkippableFact]
    public void September_2023_to_February_2025_citations_shrank_and_settings_retyped_a_flag()
    {
        var report = Diff("2023-09-29", "2025-02-26");

        AssertFound(report, "request-type-changed", $"POST {Agent}/settings → request body → multipart/form-data → enable_citations", "type boolean → integer");
        AssertFound(report, "response-type-changed", $"GET {Agent}/settings → response 200 → data.enable_citations", "type boolean → integer");
        AssertFound(report, "request-property-removed", $"POST {Agent}/settings → request body → multipart/form-data → example_questions");
        AssertFound(report, "request-property-added-optional", $"POST {Agent}/settings → request body → multipart/form-data → example_questions[]");
        Assert.Equal(
            ["page_url", "image_width", "image_height", "favicon", "site_name"],
            Where(report, "response-property-removed")
                .Where(l => l.StartsWith($"GET {Agent}/citations/{{citationId}} → response 200 → data.", StringComparison.Ordinal))
                .Select(l => l.Split("data.")[1]));
        AssertFound(report, "response-property-removed", $"GET {Agent}/stats → response 200 → data.index_credits_used");
        AssertFound(report, "parameter-added-optional", $"POST {Messages} → header parameter Cache-Control");
        AssertFound(report, "parameter-added-optional", $"POST {Messages} → query parameter external_id");
        AssertFound(report, "request-property-added-optional", $"POST {Messages} → request body → chatbot_model");
        AssertFound(report, "request-property-added-optional", $"POST {Messages} → request body → response_source");
        Assert.Equal(14, Where(report, "operation-added").Count);
        Assert.Contains($"DELETE {Agent}/licenses/{{licenseId}}", Where(report, "operation-added"));
        Assert.Contains($"GET {Agent}/reports/analysis", Where(report, "operation-added"));
        Assert.Equal(7, Where(report, "request-length-tightened").Count);
        AssertFound(report, "request-length-tightened", $"POST {Agent}/settings → request body → multipart/form-data → persona_instructions", "maxLength (none) → 12000");
        AssertFound(report, "request-became-enum", $"POST {Agent}/settings → request body → multipart/form-data → response_source");
        Assert.Equal(4, Where(report, "response-length-loosened").Count);
        AssertFound(report, "response-enum-removed", $"POST {Agent}/sources → response 400 → data.message");
        Assert.Equal(29, Where(report, "operation-id-changed").Count);
        AssertCounts(report, breaking: 28, warning: 15, info: 119);
    }

    /// <summary>
    /// 2025-02-26 → newest: send message lost its <c>Cache-Control</c> header parameter; list pages
    /// lost <c>duration</c> and gained <c>limit</c>, <c>crawl_status</c>, <c>index_status</c>; the
    /// models enum (<c>chatbot_model</c>) dropped <c>gpt-4</c> and <c>gpt-4-turbo</c> and added the three
    /// <c>gpt-o3-mini-*</c> (breaking where we send it, a warning where we read it); the traffic
    /// report's <c>request_source</c> gained <c>api-openai</c>, <c>sdk</c>, <c>slack</c>; the error
    /// messages were reworded (enum values of <c>data.message</c>); chat completions and limits usage
    /// were added.
    /// </summary>
    [SkippableFact]
    public void February_2025_to_newest_the_send_message_header_went_and_the_models_changed()
    {
        var report = Diff("2025-02-26", Newest);

        // Both were optional: calls still succeed, the server ignores them (a warning), and the option goes from the SDK.
        AssertFound(report, "parameter-removed-optional", $"POST {Messages} → header parameter Cache-Control");
        AssertFound(report, "parameter-removed-optional", $"GET {Agent}/pages → query parameter duration");
        Assert.Equal(
            [$"GET {Agent}/pages → query parameter limit", $"GET {Agent}/pages → query parameter crawl_status", $"GET {Agent}/pages → query parameter index_status"],
            Where(report, "parameter-added-optional"));
        foreach (var sent in new[] { $"POST {Agent}/settings → request body → multipart/form-data → chatbot_model", $"POST {Messages} → request body → chatbot_model" })
        {
            AssertFound(report, "request-enum-value-removed", sent, "enum value \"gpt-4\" removed");
            AssertFound(report, "request-enum-value-removed", sent, "enum value \"gpt-4-turbo\" removed");
            AssertFound(report, "request-enum-value-added", sent, "enum value \"gpt-o3-mini-high\" added");
        }
        AssertFound(report, "response-enum-value-added", $"GET {Agent}/settings → response 200 → data.chatbot_model", "enum value \"gpt-o3-mini-low\" added");
        AssertFound(report, "response-enum-value-added", $"GET {Agent}/reports/traffic → response 200 → data.sources[].request_source", "enum value \"sdk\" added");
        Assert.True(Where(report, "response-enum-value-added").Count(l => l.EndsWith("→ data.message", StringComparison.Ordinal)) > 50,
            "the reworded error messages should show as new enum values of data.message");
        Assert.Equal([$"POST {Agent}/chat/completions", "GET /api/v1/limits/usage"], Where(report, "operation-added"));
        AssertCounts(report, breaking: 4, warning: 67, info: 98);
    }

    /// <summary>
    /// Oldest → newest: nothing was ever removed (26 operations added); the lasting breaks are the
    /// ones above (multipart agent bodies, no <c>links</c>, flattened envelopes, no <c>duration</c>,
    /// <c>example_questions</c> renamed); the <c>Cache-Control</c> header came and went, so it is not
    /// a change at all; the model enum changes are enum changes of a field the oldest lacked, so
    /// they show as the field being added; two settings form fields the oldest took freely are enums now.
    /// </summary>
    [SkippableFact]
    public void Oldest_to_newest_keeps_the_lasting_breaks_and_not_what_came_and_went()
    {
        var report = Diff("2023-06-03", Newest);

        Assert.Empty(Where(report, "operation-removed"));
        Assert.Equal(26, Where(report, "operation-added").Count);
        AssertFound(report, "request-media-type-changed", $"POST {Projects} → request body", "media type application/json → multipart/form-data");
        AssertFound(report, "response-property-removed", $"GET {Projects} → response 200 → data.links");
        AssertFound(report, "response-property-removed", $"GET {Agent} → response 200 → data.project");
        AssertFound(report, "parameter-removed-optional", $"GET {Agent}/pages → query parameter duration");
        AssertFound(report, "request-became-enum", $"POST {Agent}/settings → request body → multipart/form-data → chatbot_msg_lang");
        AssertFound(report, "request-property-removed", $"POST {Agent}/settings → request body → multipart/form-data → example_questions");
        AssertFound(report, "request-property-added-optional", $"POST {Agent}/settings → request body → multipart/form-data → chatbot_model");
        Assert.DoesNotContain(report.Changes, c => c.Location.ToString().Contains("Cache-Control", StringComparison.Ordinal));
        AssertCounts(report, breaking: 22, warning: 32, info: 254);
    }
}
