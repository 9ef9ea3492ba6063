using System.Net;
using System.Text;

namespace CustomGpt.Tests.Sdk;

/// <summary>
/// A JSON answer is decoded from the bytes the pipeline buffered: UTF-8 with or without its byte
/// order mark, any character the API may send, and another encoding when its mark says so; bytes
/// that are not UTF-8 as U+FFFD, as a StreamReader would.
/// </summary>
public class ResponseTextTests
{
    const string Name = "Café ☕ 𝄞 naïve — 日本語";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Utf8_with_or_without_a_byte_order_mark_reads_every_character(bool withMark)
    {
        var json = Encoding.UTF8.GetBytes(Envelope(7, Name));
        var body = withMark ? [0xEF, 0xBB, 0xBF, .. json] : json;

        var agent = await ClientAnswering(body).Agents.GetAsync(7);

        Assert.Equal(Name, agent.ProjectName);
        Assert.Equal(7, agent.Id);
    }

    [Fact]
    public async Task Utf16_marked_by_its_byte_order_mark_reads_as_utf16()
    {
        var body = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Envelope(8, Name))).ToArray();

        var agent = await ClientAnswering(body).Agents.GetAsync(8);

        Assert.Equal(Name, agent.ProjectName);
    }

    [Fact]
    public async Task A_body_larger_than_the_first_buffer_reads_whole()
    {
        // Past the pipeline's first 16 KB rental and the JSON reader's own buffer, with multi-byte characters throughout.
        var name = string.Concat(Enumerable.Repeat(Name, 2_000));
        var body = Encoding.UTF8.GetBytes(Envelope(9, name));

        var agent = await ClientAnswering(body).Agents.GetAsync(9);

        Assert.Equal(name, agent.ProjectName);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_read_as_the_replacement_character()
    {
        var text = Encoding.UTF8.GetBytes(Envelope(10, "a#b"));
        var body = text.Select(b => b == (byte)'#' ? (byte)0xFF : b).ToArray();

        var agent = await ClientAnswering(body).Agents.GetAsync(10);

        Assert.Equal("a\uFFFDb", agent.ProjectName);
    }

    static string Envelope(int id, string name) => "{\"status\":\"success\",\"data\":{\"id\":" + id + ",\"project_name\":\"" + name + "\"}}";

    static CustomGptClient ClientAnswering(byte[] body) =>
        new(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/") }, new HttpClient(new BytesHandler(body)));

    sealed class BytesHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
