using System.Text;
using static CustomGpt.Tests.Hostile.HostileCalls;

namespace CustomGpt.Tests.Hostile;

/// <summary>Item 2: a body the runtime cannot decode, or a key that cannot be sent, is a typed error, never a raw runtime exception.</summary>
public class MalformedBodyTests
{
    static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task A_body_that_is_not_the_compression_it_claims_fails_as_CustomGptApiException(string encoding)
    {
        var garbage = Encoding.ASCII.GetBytes("this is not compressed data at all, just text pretending to be");
        await using var server = new HostileServer(async exchange =>
        {
            await exchange.HeadAsync(200, "Content-Type: application/json", $"Content-Encoding: {encoding}", $"Content-Length: {garbage.Length}");
            await exchange.WriteAsync(garbage);
        });
        using var client = Client(server);
        var outcome = await Outcome.OfAsync(() => ReadAsync(client), Within);
        var e = outcome.Threw<CustomGptApiException>(Within);
        Assert.Equal(200, e.StatusCode);
        Assert.Equal("Agents_Get", e.OperationId);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task An_error_body_that_is_not_the_compression_it_claims_still_gives_the_status(string encoding)
    {
        await using var server = new HostileServer(async exchange =>
        {
            await exchange.HeadAsync(503, "Content-Type: application/json", $"Content-Encoding: {encoding}", "Content-Length: 20");
            await exchange.WriteAsync("not compressed at al");
        });
        using var client = Client(server, o => o.Retry.MaxAttempts = 1);
        var outcome = await Outcome.OfAsync(() => StreamAsync(client), Within);
        var e = outcome.Threw<CustomGptServerException>(Within);
        Assert.Equal(503, e.StatusCode);
    }

    public static TheoryData<string, string> BadKeys() => new()
    {
        { "1234|abc\r\nX-Injected: yes", "line break" },
        { "1234|abc\ndef", "line break" },
        { "1234|abc\0def", "control character" },
        { "1234|abcdéf", "non-ASCII" },
        { "1234|abc def", "whitespace" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task A_key_that_cannot_be_sent_in_a_header_is_refused_when_the_client_is_built(string key, string named)
    {
        await using var server = new HostileServer(exchange => exchange.RespondAsync(200, SuccessJson));
        var built = Record.Exception(() => Client(server, o => o.ApiKey = key));
        var e = Assert.IsType<ArgumentException>(built);
        Assert.Contains(named, e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("abc", e.ToString());
        Assert.Empty(server.Requests);
    }
}
