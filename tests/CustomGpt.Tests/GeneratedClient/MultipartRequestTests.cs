using System.Net;
using System.Text;

namespace CustomGpt.Tests.GeneratedClient;

/// <summary>Optional multipart fields that are null stay out of the request (NSwag would throw).</summary>
public class MultipartRequestTests
{
    const string AgentEnvelope = """{"status":"success","data":{"id":7,"project_name":"Docs"}}""";

    static string[] PartNames(byte[] body) =>
        [.. System.Text.RegularExpressions.Regex.Matches(Encoding.UTF8.GetString(body), "Content-Disposition: form-data; name=\"?([^\";\\r]+)\"?")
            .Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task Creating_an_agent_from_a_sitemap_without_a_file_sends_no_file_part()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.Created, AgentEnvelope);
        var agents = endpoint.CustomGpt().Agents;

        var created = await agents.CreateAsync(new CreateAgentRequest { ProjectName = "Docs", SitemapPath = "https://example.com/sitemap.xml", File = null });

        Assert.Equal(7, created.Id);
        var (request, body) = Assert.Single(endpoint.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://api.test/api/v1/projects", request.RequestUri!.ToString());
        Assert.StartsWith("multipart/form-data", request.Content!.Headers.ContentType!.ToString());
        Assert.Equal(["project_name", "sitemap_path"], PartNames(body));
        Assert.Contains("https://example.com/sitemap.xml", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task Creating_an_agent_from_a_file_sends_the_file_part_with_its_name()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.Created, AgentEnvelope);
        var agents = endpoint.CustomGpt().Agents;
        using var file = new MemoryStream("hello"u8.ToArray());

        await agents.CreateAsync(new CreateAgentRequest { ProjectName = "Docs", File = new FileParameter(file, "notes.txt", "text/plain") });

        var body = Encoding.UTF8.GetString(Assert.Single(endpoint.Requests).Body);
        Assert.Equal(["project_name", "file"], PartNames(Assert.Single(endpoint.Requests).Body));
        Assert.Contains("filename=notes.txt", body);
        Assert.Contains("hello", body);
    }

    [Fact]
    public async Task An_optional_boolean_left_null_is_not_sent_and_one_set_is_sent_as_true_or_false()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, AgentEnvelope);
        var agents = endpoint.CustomGpt().Agents;

        await agents.UpdateAsync(7, new UpdateAgentRequest { IsShared = false, ProjectName = null });

        var body = Encoding.UTF8.GetString(Assert.Single(endpoint.Requests).Body);
        Assert.Equal(["is_shared"], PartNames(Assert.Single(endpoint.Requests).Body));
        Assert.Contains("false", body);
    }
}
