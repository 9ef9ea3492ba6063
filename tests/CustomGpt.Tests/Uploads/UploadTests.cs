using System.Net;
using System.Text;

namespace CustomGpt.Tests.Uploads;

public class UploadTests
{
    static string Body(RecordingHandler endpoint) => Encoding.UTF8.GetString(Assert.Single(endpoint.Requests).Body);

    [Fact]
    public async Task Example_questions_go_as_indexed_parts_with_booleans_as_true_or_false()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, """{"status":"success","data":{"updated":true}}""");

        var result = await endpoint.CustomGpt().AgentSettings.UpdateAsync(3, new UpdateAgentSettingsRequest { ExampleQuestions = ["What is it?", "How much?"], RemoveBranding = true });

        Assert.True(result.Updated);
        var body = Body(endpoint);
        Assert.Contains("name=\"example_questions[0]\"", body);
        Assert.Contains("name=\"example_questions[1]\"", body);
        Assert.DoesNotContain("example_questions[]", body);
        Assert.Matches("name=remove_branding\\r\\n\\r\\ntrue\\r\\n|name=\"remove_branding\"\\r\\n\\r\\ntrue", body.Replace("Content-Type: text/plain; charset=utf-8\r\n", ""));
    }

    [Fact]
    public async Task A_file_opened_from_a_path_is_sent_with_its_name_and_a_content_type_from_its_extension()
    {
        var path = Path.Combine(Path.GetTempPath(), $"handbook-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(path, "%PDF-1.4 fake");
        try
        {
            var endpoint = new RecordingHandler(HttpStatusCode.Created, """{"status":"success","data":{"id":5,"type":"upload"}}""");
            using (var file = FileParameter.FromPath(path))
            {
                var source = await endpoint.CustomGpt().Sources.CreateAsync(3, new CreateSourceRequest { File = file });
                Assert.Equal(SourceType.Upload, source.Type);
            }
            var body = Body(endpoint);
            Assert.Contains($"filename={Path.GetFileName(path)}", body);
            Assert.Contains("Content-Type: application/pdf", body);
            Assert.Contains("%PDF-1.4 fake", body);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task A_preview_is_a_stream_with_its_content_type_and_file_name_that_the_caller_disposes()
    {
        var endpoint = new RecordingHandler(HttpStatusCode.OK, "file bytes", "application/pdf");
        endpoint.ResponseHeaders["X-Unused"] = "1";
        var client = endpoint.CustomGpt();

        using var preview = await client.Pages.PreviewAsync(12);
        using var reader = new StreamReader(preview.Stream);

        Assert.Equal("file bytes", await reader.ReadToEndAsync());
        Assert.Equal("application/pdf", preview.ContentType);
        Assert.Equal("https://api.test/api/v1/preview/12", Assert.Single(endpoint.Requests).Request.RequestUri!.ToString());
    }
}

/// <summary>Measures process-wide allocations, so it runs with no other test at the same time.</summary>
[Collection(nameof(Sdk.EnvironmentVariables))]
public class LargeUploadTests
{
    [Fact]
    public async Task A_200_MB_upload_streams_through_with_bounded_memory()
    {
        const long size = 200L * 1024 * 1024;
        var endpoint = new DrainingHandler("""{"status":"success","data":{"id":1}}""");
        var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/") }, new HttpClient(endpoint));

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using (var file = new FileParameter(new GeneratedStream(size), "big.bin", "application/octet-stream"))
            await client.Agents.CreateAsync(new CreateAgentRequest { ProjectName = "Big", File = file });
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Assert.True(endpoint.BytesReceived > size, $"only {endpoint.BytesReceived} bytes arrived");
        Assert.True(allocated < 16L * 1024 * 1024, $"the upload allocated {allocated / (1024 * 1024)} MB for a {size / (1024 * 1024)} MB file");
    }
}
