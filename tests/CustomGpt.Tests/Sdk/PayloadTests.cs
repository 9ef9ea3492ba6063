using System.Net;

namespace CustomGpt.Tests.Sdk;

/// <summary>Methods return the payload; the envelope around it is the SDK's business.</summary>
public class PayloadTests
{
    [Fact]
    public async Task Get_returns_the_agent_read_from_the_data_of_the_envelope()
    {
        var client = new RecordingHandler(HttpStatusCode.OK, """{"status":"success","data":{"id":42,"project_name":"Docs"}}""").CustomGpt();

        Agent agent = await client.Agents.GetAsync(42);

        Assert.Equal("Docs", agent.ProjectName);
        Assert.Equal(42, agent.Id);
    }

    [Fact]
    public async Task A_list_payload_comes_back_read_only()
    {
        var client = new RecordingHandler(HttpStatusCode.OK, """{"status":"success","data":[{"id":1,"name":"a","key":"k1"},{"id":2,"name":"b","key":"k2"}]}""").CustomGpt();

        IReadOnlyList<License> licenses = await client.Licenses.ListAsync(1);

        Assert.Equal(["a", "b"], licenses.Select(l => l.Name));
    }

    [Fact]
    public async Task A_single_license_is_read_from_its_license_property()
    {
        var client = new RecordingHandler(HttpStatusCode.OK, """{"status":"success","license":{"id":3,"name":"partner","project_id":9}}""").CustomGpt();

        var license = await client.Licenses.GetAsync(9, 3);

        Assert.Equal("partner", license.Name);
        Assert.Equal(9, license.ProjectId);
    }

    [Fact]
    public async Task Any_success_status_is_a_success_whatever_the_spec_declares()
    {
        // Conversations_Create declares 201; an API that answers 200 must not fail the call.
        var client = new RecordingHandler(HttpStatusCode.OK, """{"status":"success","data":{"id":3,"session_id":"9a4d3c1e","name":"Support"}}""").CustomGpt();
        var conversation = await client.Conversations.CreateAsync(1, new CreateConversationRequest { Name = "Support" });
        Assert.Equal(3, conversation.Id);
    }
}
