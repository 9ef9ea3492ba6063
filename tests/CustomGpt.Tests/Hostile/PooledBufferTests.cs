using System.Buffers;
using System.Net;
using System.Text;
using static CustomGpt.Tests.Hostile.HostileCalls;

namespace CustomGpt.Tests.Hostile;

/// <summary>
/// Item 9: a response's bytes do not outlive the call in the process's shared buffer pool. The
/// answer comes from a handler that completes synchronously, so the whole call (and the return of
/// its buffer) runs on the test's thread, whose pool slot the next rental reads first.
/// </summary>
public class PooledBufferTests
{
    const string Marker = "PRIVATE-ANSWER-TEXT";

    sealed class InstantAnswer(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    [Fact]
    public void A_buffer_that_held_an_answer_goes_back_to_the_pool_cleared()
    {
        var name = string.Concat(Enumerable.Repeat(Marker, 100_000 / Marker.Length));
        var body = Encoding.UTF8.GetBytes($$$"""{"status":"success","data":{"id":1,"project_name":"{{{name}}}"}}""");
        using var http = new HttpClient(new InstantAnswer(body));
        using var client = Client(new Uri("https://api.test/"), httpClient: http);

        var call = ReadAsync(client);
        Assert.True(call.IsCompletedSuccessfully, "the call did not complete on this thread; the test cannot see the pool slot it used");

        var rented = ArrayPool<byte>.Shared.Rent(body.Length);
        try
        {
            var text = Encoding.UTF8.GetString(rented);
            Assert.DoesNotContain(Marker, text);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
