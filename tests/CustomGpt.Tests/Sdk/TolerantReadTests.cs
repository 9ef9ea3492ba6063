using System.Net;
using System.Text;

namespace CustomGpt.Tests.Sdk;

/// <summary>Reads accept what the live API really sends; writes send exactly what the spec says.</summary>
public class TolerantReadTests
{
    // An agent always has its id (a read without one fails); the fields under test come after it.
    static Task<Agent> ReadAgent(string data)
    {
        var withId = data.Contains("\"id\"") ? data : "{\"id\":1," + data[1..];
        return new RecordingHandler(HttpStatusCode.OK, $$"""{"status":"success","data":{{withId}}}""").CustomGpt().Agents.GetAsync(1);
    }

    [Theory]
    [InlineData("2023-06-24T21:21:46.000000Z", "2023-06-24T21:21:46+00:00")]
    [InlineData("2023-06-24 21:40:24", "2023-06-24T21:40:24+00:00")]
    [InlineData("2023-06-24T21:40:24", "2023-06-24T21:40:24+00:00")]
    [InlineData("2023-06-24T23:40:24+02:00", "2023-06-24T23:40:24+02:00")]
    [InlineData("2023-06-24T21:40:24.5Z", "2023-06-24T21:40:24.5000000+00:00")]
    [InlineData("2023-06-24", "2023-06-24T00:00:00+00:00")]
    public async Task Timestamps_are_read_in_every_format_the_api_uses(string sent, string expected)
    {
        var agent = await ReadAgent($$"""{"created_at":"{{sent}}"}""");
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), agent.CreatedAt);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, agent.CreatedAt!.Value.Offset);
    }

    [Fact]
    public async Task Empty_and_unreadable_timestamps_become_null()
    {
        var agent = await ReadAgent("""{"created_at":"","updated_at":"not a date","deleted_at":null}""");
        Assert.Null(agent.CreatedAt);
        Assert.Null(agent.UpdatedAt);
        Assert.Null(agent.DeletedAt);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\"1\"", true)]
    [InlineData("\"0\"", false)]
    [InlineData("\"true\"", true)]
    [InlineData("null", null)]
    public async Task Booleans_are_read_from_every_form_the_api_uses(string sent, bool? expected)
    {
        var agent = await ReadAgent($$"""{"is_chat_active":{{sent}}}""");
        Assert.Equal(expected, agent.IsChatActive);
    }

    [Fact]
    public async Task Numbers_in_strings_unknown_enum_values_and_unknown_fields_do_not_break_a_read()
    {
        var agent = await ReadAgent("""{"id":"42","type":"NEW_KIND","brand_new_field":{"x":1}}""");
        Assert.Equal(42, agent.Id);
        Assert.Null(agent.Type);
        Assert.True(agent.AdditionalProperties.ContainsKey("brand_new_field"));
    }

    [Fact]
    public async Task A_conversation_reads_its_numeric_ids_where_the_vendor_declared_strings()
    {
        var client = new RecordingHandler(HttpStatusCode.OK, """{"status":"success","data":{"id":5,"project_id":12,"created_by":3,"session_id":"abc"}}""").CustomGpt();
        var conversation = await client.Conversations.UpdateAsync(12, "abc", new UpdateConversationRequest { Name = "x" });
        Assert.Equal(12, conversation.ProjectId);
        Assert.Equal(3, conversation.CreatedBy);
    }

    [Fact]
    public async Task Requests_carry_only_the_fields_the_caller_set_with_enums_as_the_api_spells_them()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, """{"status":"success","data":{"id":1}}""");
        await endpoint.CustomGpt().Conversations.SendMessageAsync(1, "s-1", new SendMessageRequest { Prompt = "Hi", ChatbotModel = ChatbotModel.Claude35Sonnet });

        var (request, body) = Assert.Single(endpoint.Requests);
        Assert.Equal("""{"prompt":"Hi","chatbot_model":"claude-3.5-sonnet"}""", Encoding.UTF8.GetString(body));
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
    }
}
