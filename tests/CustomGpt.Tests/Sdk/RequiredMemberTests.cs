using System.Net;

namespace CustomGpt.Tests.Sdk;

/// <summary>
/// Members the API always sends (ids, a conversation's session id) are non-null in C#. An answer
/// without one fails at once with the typed exception naming the operation and the member, rather
/// than handing out a model whose id turns out missing later.
/// </summary>
public class RequiredMemberTests
{
    [Fact]
    public async Task An_agent_without_its_id_fails_naming_the_operation_and_the_member()
    {
        var client = new RecordingHandler(HttpStatusCode.OK, """{"status":"success","data":{"project_name":"Docs"}}""").CustomGpt();

        var failure = await Assert.ThrowsAsync<CustomGptApiException>(() => client.Agents.GetAsync(42));

        Assert.Equal("Agents_Get", failure.OperationId);
        Assert.Contains("'id'", failure.Message);
    }

    [Fact]
    public async Task A_null_session_id_fails_like_a_missing_one()
    {
        var client = new RecordingHandler(HttpStatusCode.Created, """{"status":"success","data":{"id":5,"session_id":null}}""").CustomGpt();

        var failure = await Assert.ThrowsAsync<CustomGptApiException>(() => client.Conversations.CreateAsync(1, new CreateConversationRequest()));

        Assert.Equal("Conversations_Create", failure.OperationId);
        Assert.Contains("session_id", failure.Message);
    }

    [Fact]
    public async Task One_agent_of_a_page_without_its_id_fails_the_page_naming_where_it_was()
    {
        var client = new RecordingHandler(HttpStatusCode.OK,
            """{"status":"success","data":{"current_page":1,"last_page":1,"data":[{"id":1,"project_name":"A"},{"project_name":"B"}]}}""").CustomGpt();

        var failure = await Assert.ThrowsAsync<CustomGptApiException>(() => client.Agents.ListAsync());

        Assert.Equal("Agents_List", failure.OperationId);
        Assert.Contains("'id' is missing from the object at 'data.data[1]'", failure.Message);
    }

    [Fact]
    public async Task A_null_agent_id_fails_rather_than_reading_as_zero()
    {
        var client = new RecordingHandler(HttpStatusCode.OK, """{"status":"success","data":{"id":null,"project_name":"Docs"}}""").CustomGpt();

        var failure = await Assert.ThrowsAsync<CustomGptApiException>(() => client.Agents.GetAsync(42));

        Assert.Equal("Agents_Get", failure.OperationId);
        Assert.Contains("data.id", failure.Message);
    }

    [Fact]
    public async Task Present_ids_are_read_as_plain_values()
    {
        var client = new RecordingHandler(HttpStatusCode.Created, """{"status":"success","data":{"id":5,"session_id":"9a4d"}}""").CustomGpt();

        Conversation conversation = await client.Conversations.CreateAsync(1, new CreateConversationRequest());

        Assert.Equal(5, conversation.Id);
        Assert.Equal("9a4d", conversation.SessionId);
    }
}
