using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.GeneratedClient;

/// <summary>What the request and options objects become on the wire: form fields, query values, JSON body.</summary>
public partial class RequestObjectTests
{
    const string AgentEnvelope = """{"status":"success","data":{"id":7,"project_name":"Docs"}}""";

    /// <summary>The form fields of a multipart body as sent, in order: name and text value.</summary>
    static List<(string Name, string Value)> FormFields(byte[] body) =>
        [.. FormPart().Matches(Encoding.UTF8.GetString(body)).Select(m => (m.Groups["name"].Value, m.Groups["value"].Value))];

    [Fact]
    public async Task FileDataRetention_goes_as_the_apis_own_spelling_file_data_retension()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.Created, AgentEnvelope);

        await endpoint.CustomGpt().Agents.CreateAsync(new CreateAgentRequest { ProjectName = "Docs", FileDataRetention = true });

        Assert.Equal([("project_name", "Docs"), ("file_data_retension", "true")], FormFields(Assert.Single(endpoint.Requests).Body));
    }

    [Fact]
    public async Task A_property_left_unset_is_not_sent()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.Created, AgentEnvelope);

        await endpoint.CustomGpt().Agents.CreateAsync(new CreateAgentRequest { ProjectName = "Docs" });

        var body = Assert.Single(endpoint.Requests).Body;
        Assert.Equal([("project_name", "Docs")], FormFields(body));
        Assert.DoesNotContain("file_data_retension", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task A_list_goes_as_indexed_fields_and_an_enum_as_the_api_spells_it()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, """{"status":"success","data":{"updated":true}}""");

        await endpoint.CustomGpt().AgentSettings.UpdateAsync(3, new UpdateAgentSettingsRequest
        {
            ExampleQuestions = ["What is it?", "How much?"], ChatbotModel = ChatbotModel.Gpt4oMini,
        });

        var (request, body) = Assert.Single(endpoint.Requests);
        Assert.Equal("https://api.test/api/v1/projects/3/settings", request.RequestUri!.ToString());
        var fields = FormFields(body);
        Assert.Equal(3, fields.Count);
        Assert.Contains(("example_questions[0]", "What is it?"), fields);
        Assert.Contains(("example_questions[1]", "How much?"), fields);
        Assert.Contains(("chatbot_model", "gpt-4o-mini"), fields);
        Assert.DoesNotContain("example_questions[]", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task The_query_values_of_a_message_go_in_the_query_not_in_the_json_body()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, """{"status":"success","data":{"id":1}}""");

        await endpoint.CustomGpt().Conversations.SendMessageAsync(5, "s-1", new SendMessageRequest { Prompt = "Hi", Lang = "fr", ExternalId = "u1" });

        var (request, body) = Assert.Single(endpoint.Requests);
        Assert.Equal("/api/v1/projects/5/conversations/s-1/messages", request.RequestUri!.AbsolutePath);
        Assert.Equal("?lang=fr&external_id=u1", request.RequestUri.Query);
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"prompt":"Hi"}"""), JObject.Parse(Encoding.UTF8.GetString(body))), Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task List_options_go_as_query_values_with_enums_as_the_api_spells_them()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, """{"status":"success","data":{"current_page":2,"data":[],"last_page":2}}""");

        await endpoint.CustomGpt().Agents.ListAsync(new AgentListOptions { Order = SortOrder.Asc, Page = 2 });

        Assert.Equal("https://api.test/api/v1/projects?page=2&order=asc", Assert.Single(endpoint.Requests).Request.RequestUri!.ToString());
    }

    [Fact]
    public async Task A_null_request_object_throws_before_anything_is_sent()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, AgentEnvelope);
        var client = endpoint.CustomGpt();

        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => client.Agents.CreateAsync(null!))).ParamName);
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.AgentSettings.UpdateAsync(3, null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.Conversations.SendMessageAsync(5, "s-1", null!));
        // The stream checks at the call, not when enumeration starts.
        Assert.Throws<ArgumentNullException>(() => client.Conversations.SendMessageStreamAsync(5, "s-1", null!));

        Assert.Empty(endpoint.Requests);
    }

    [Fact]
    public async Task An_empty_session_id_throws_before_anything_is_sent()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, AgentEnvelope);
        var client = endpoint.CustomGpt();

        var e = await Assert.ThrowsAsync<ArgumentException>(() => client.Conversations.SendMessageAsync(5, "", new SendMessageRequest { Prompt = "Hi" }));
        Assert.Equal("sessionId", e.ParamName);
        await Assert.ThrowsAsync<ArgumentException>(() => client.Conversations.DeleteAsync(5, ""));
        Assert.Throws<ArgumentException>(() => client.Conversations.SendMessageStreamAsync(5, "", new SendMessageRequest { Prompt = "Hi" }));

        Assert.Empty(endpoint.Requests);
    }

    // One part: its Content-Disposition name (quoted or not), the other headers, a blank line, the value.
    [GeneratedRegex("Content-Disposition: form-data; name=\"?(?<name>[^\";\\r\\n]+)\"?[^\\r\\n]*\\r\\n(?:[^\\r\\n]+\\r\\n)*\\r\\n(?<value>.*?)\\r\\n--", RegexOptions.Singleline)]
    private static partial Regex FormPart();
}
