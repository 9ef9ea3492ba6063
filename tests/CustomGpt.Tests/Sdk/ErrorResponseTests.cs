using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CustomGpt.Http;

namespace CustomGpt.Tests.Sdk;

/// <summary>
/// The error reader field by field: each error shape's code and message, the kind of exception at
/// the exact edges of each status range, and how much of a body is read.
/// </summary>
public class ErrorResponseTests
{
    static readonly IReadOnlyDictionary<string, IEnumerable<string>> NoHeaders = new Dictionary<string, IEnumerable<string>>();

    static CustomGptApiException Create(int status, int? code = null) =>
        ErrorResponses.Create(new ErrorDetails(status, code, "message", "Op_Test", null, NoHeaders));

    static HttpResponseMessage Response(HttpStatusCode status, string body, string contentType = "application/json") => new(status)
    {
        Content = new StringContent(body, Encoding.UTF8, contentType),
        RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://api.test/api/v1/projects/1"),
    };

    [Theory]
    [InlineData(400, typeof(CustomGptValidationException))]
    [InlineData(401, typeof(CustomGptAuthenticationException))]
    [InlineData(403, typeof(CustomGptAuthenticationException))]
    [InlineData(404, typeof(CustomGptNotFoundException))]
    [InlineData(422, typeof(CustomGptValidationException))]
    [InlineData(429, typeof(CustomGptRateLimitException))]
    [InlineData(300, typeof(CustomGptRedirectException))]
    [InlineData(302, typeof(CustomGptRedirectException))]
    [InlineData(399, typeof(CustomGptRedirectException))]
    [InlineData(500, typeof(CustomGptServerException))]
    [InlineData(599, typeof(CustomGptServerException))]
    [InlineData(0, typeof(CustomGptApiException))]
    [InlineData(199, typeof(CustomGptApiException))]
    [InlineData(200, typeof(CustomGptApiException))]
    [InlineData(299, typeof(CustomGptApiException))]
    [InlineData(402, typeof(CustomGptApiException))]
    [InlineData(405, typeof(CustomGptApiException))]
    [InlineData(409, typeof(CustomGptApiException))]
    [InlineData(499, typeof(CustomGptApiException))]
    [InlineData(600, typeof(CustomGptApiException))]
    public void Each_status_range_has_its_exception_up_to_its_exact_edges(int status, Type expected)
    {
        var e = Create(status);
        Assert.Equal(expected, e.GetType());
        Assert.Equal(status, e.StatusCode);
    }

    [Theory]
    [InlineData(200, typeof(CustomGptNotFoundException))]
    [InlineData(201, typeof(CustomGptNotFoundException))]
    [InlineData(299, typeof(CustomGptNotFoundException))]
    [InlineData(199, typeof(CustomGptApiException))]
    [InlineData(300, typeof(CustomGptRedirectException))]
    [InlineData(500, typeof(CustomGptServerException))]
    public void Only_a_success_status_takes_its_kind_from_the_api_code(int status, Type expected)
    {
        var e = Create(status, code: 404);
        Assert.Equal(expected, e.GetType());
        Assert.Equal(status, e.StatusCode);
        Assert.Equal(404, e.ErrorCode);
    }

    [Theory]
    [InlineData("""{"status":"error","data":{"code":404,"message":"Agent not found"}}""", 404, "Agent not found")]
    [InlineData("""{"status":"error","data":{"message":"Agent not found"}}""", null, "Agent not found")]
    [InlineData("""{"status":"error","data":{"code":"422"}}""", 422, null)]
    [InlineData("""{"status":"error","data":{"code":"x4","message":null}}""", null, null)]
    [InlineData("""{"status":"error","data":{"code":4.5,"message":{"field":["required"]}}}""", null, """{"field":["required"]}""")]
    [InlineData("""{"status":"error","data":{"message":["one","two"]}}""", null, """["one","two"]""")]
    [InlineData("""{"status":"error","data":{"message":42}}""", null, "42")]
    [InlineData("""{"data":{"id":1},"code":409,"message":"outer"}""", 409, "outer")]
    [InlineData("""{"data":"text","message":"outer"}""", null, "outer")]
    [InlineData("""{"message":"Unauthenticated."}""", null, "Unauthenticated.")]
    [InlineData("""{"code":"401","error":"Unauthorized"}""", 401, "Unauthorized")]
    [InlineData("""{"message":null,"error":"fallback"}""", null, "fallback")]
    [InlineData("""{"message":"first","error":"second"}""", null, "first")]
    [InlineData("""{"other":1}""", null, null)]
    [InlineData("""  {"message":"padded"}  """, null, "padded")]
    public void Each_json_error_shape_gives_its_code_and_message(string body, int? code, string? message)
    {
        Assert.Equal((code, message), ErrorResponses.Parse(body));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  \n ", null)]
    [InlineData("upstream timed out", "upstream timed out")]
    [InlineData("  several   words\n\tspread  ", "several words spread")]
    [InlineData("<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>", "502 Bad Gateway")]
    [InlineData("<HTML><TITLE lang=\"en\">\n  Service\n  Unavailable </TITLE><p>x</p></HTML>", "Service Unavailable")]
    [InlineData("<html><body><h1>Gone</h1><p>for   good</p></body></html>", "Gone for good")]
    [InlineData("<html><body>  </body></html>", null)]
    [InlineData("[1,2,3]", "[1,2,3]")]
    [InlineData("{not json", "{not json")]
    [InlineData("{\"message\":\"cut", "{\"message\":\"cut")]
    public void Text_and_html_bodies_give_a_message_without_markup(string? body, string? message)
    {
        Assert.Equal((null, message), ErrorResponses.Parse(body));
    }

    [Fact]
    public void A_text_message_is_cut_after_300_characters()
    {
        var exact = new string('a', 300);
        Assert.Equal(exact, ErrorResponses.Parse(exact).Message);
        Assert.Equal(new string('b', 300) + "…", ErrorResponses.Parse(new string('b', 301)).Message);
    }

    [Fact]
    public async Task An_error_response_gives_status_code_message_body_headers_and_operation()
    {
        var body = """{"status":"error","data":{"code":404,"message":"Agent with id 1 not found"}}""";
        using var response = Response(HttpStatusCode.NotFound, body);
        response.Headers.TryAddWithoutValidation("X-Request-Id", "r-1");
        var e = Assert.IsType<CustomGptNotFoundException>(await ErrorResponses.FromResponseAsync(response, "Agents_Get", CancellationToken.None));
        Assert.Equal(404, e.StatusCode);
        Assert.Equal(404, e.ErrorCode);
        Assert.Equal("Agent with id 1 not found", e.ApiMessage);
        Assert.Equal("Agents_Get", e.OperationId);
        Assert.Equal(body, e.ResponseBody);
        Assert.Equal(["r-1"], e.Headers["X-Request-Id"]);
        Assert.Equal(["application/json; charset=utf-8"], e.Headers["Content-Type"]);
        Assert.Equal(1, e.Attempts);
    }

    [Fact]
    public async Task Only_the_first_64K_characters_of_an_error_body_are_read()
    {
        var huge = new string('x', 64 * 1024 + 10);
        using var content = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes(huge), chunk: 1000));
        Assert.Equal(64 * 1024, (await ErrorResponses.ReadStartAsync(content, CancellationToken.None)).Length);

        using var small = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes("short body, é"), chunk: 3));
        Assert.Equal("short body, é", await ErrorResponses.ReadStartAsync(small, CancellationToken.None));
    }

    [Fact]
    public void Headers_come_from_the_response_and_its_content_under_any_case()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, "{}");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        var headers = ErrorResponses.HeadersOf(response);
        Assert.Equal(["7"], headers["retry-after"]);
        Assert.Equal(["application/json; charset=utf-8"], headers["CONTENT-TYPE"]);
    }

    [Fact]
    public void A_response_without_content_has_only_its_own_headers()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.NotFound);
        response.Content = null!;
        response.Headers.TryAddWithoutValidation("X-Request-Id", "r-2");
        var headers = ErrorResponses.HeadersOf(response);
        Assert.Equal(["r-2"], Assert.Single(headers).Value);
    }

    [Theory]
    [InlineData("""{"status":"error","data":{"code":429,"message":"You have exhausted your query credits."}}""", typeof(CustomGptRateLimitException), 429, "You have exhausted your query credits.")]
    [InlineData("""{"status":"error","data":{"code":"404"}}""", typeof(CustomGptNotFoundException), 404, "the response says \"status\": \"error\"")]
    [InlineData("""{"status":"error","message":"Bad things"}""", typeof(CustomGptApiException), null, "Bad things")]
    public void A_success_body_that_says_error_is_that_error(string body, Type expected, int? code, string message)
    {
        using var response = Response(HttpStatusCode.OK, body);
        var e = ErrorResponses.FromErrorBody(body, response, "Agents_Get");
        Assert.NotNull(e);
        Assert.Equal(expected, e.GetType());
        Assert.Equal(200, e.StatusCode);
        Assert.Equal(code, e.ErrorCode);
        Assert.Equal(message, e.ApiMessage);
        Assert.Equal(body, e.ResponseBody);
        Assert.Equal("Agents_Get", e.OperationId);
    }

    [Theory]
    [InlineData("""{"status":"success","data":{"id":1}}""")]
    [InlineData("""{"status":"ERROR"}""")]
    [InlineData("""{"status":1}""")]
    [InlineData("""{"status":null}""")]
    [InlineData("""{"data":{"code":404}}""")]
    [InlineData("""[{"status":"error"}]""")]
    [InlineData("""{"status":"error",""")]
    [InlineData("not json")]
    public void A_success_body_that_does_not_say_error_is_no_error(string body)
    {
        using var response = Response(HttpStatusCode.OK, body);
        Assert.Null(ErrorResponses.FromErrorBody(body, response, "Agents_Get"));
    }

    [Fact]
    public void An_error_envelope_gives_the_code_and_message_of_its_payload()
    {
        using var response = Response(HttpStatusCode.OK, "");
        var e = ErrorResponses.FromErrorEnvelope(new Envelope(new { code = 404, message = "Agent not found" }), response, "Agents_Get");
        Assert.IsType<CustomGptNotFoundException>(e);
        Assert.Equal(200, e.StatusCode);
        Assert.Equal(404, e.ErrorCode);
        Assert.Equal("Agent not found", e.ApiMessage);
        Assert.Null(e.ResponseBody);
        Assert.Equal("Agents_Get", e.OperationId);
    }

    [Fact]
    public void An_error_envelope_without_a_readable_payload_says_the_status_was_error()
    {
        using var response = Response(HttpStatusCode.OK, "");
        foreach (var payload in new object?[] { null, "just text", new[] { 1, 2 } })
        {
            var e = ErrorResponses.FromErrorEnvelope(new Envelope(payload), response, "Agents_Get");
            Assert.Equal(typeof(CustomGptApiException), e.GetType());
            Assert.Null(e.ErrorCode);
            Assert.Equal("the response says \"status\": \"error\"", e.ApiMessage);
        }
    }

    [Fact]
    public void A_key_the_server_echoes_in_an_error_body_or_envelope_is_scrubbed()
    {
        var echo = """{"status":"error","data":{"code":401,"message":"Bad key KEY"}}""".Replace("KEY", TestKeys.ApiKey);
        using var response = Response(HttpStatusCode.OK, echo);
        response.RequestMessage!.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestKeys.ApiKey);

        var fromBody = ErrorResponses.FromErrorBody(echo, response, "Agents_Get")!;
        var fromEnvelope = ErrorResponses.FromErrorEnvelope(new Envelope(new { code = 401, message = "Bad key " + TestKeys.ApiKey }), response, "Agents_Get");
        foreach (var e in new[] { fromBody, fromEnvelope })
        {
            Assert.Equal("Bad key " + SecretText.Mask, e.ApiMessage);
            Assert.DoesNotContain(TestKeys.ApiKey, e.Message);
        }
    }

    [Theory]
    [InlineData("""{"message":"2023-06-24T21:40:24Z"}""", "2023-06-24T21:40:24Z")]
    [InlineData("""{"status":"error","data":{"message":"2023-06-24 21:40:24"}}""", "2023-06-24 21:40:24")]
    public void A_message_that_looks_like_a_date_is_kept_as_written(string body, string message) =>
        Assert.Equal(message, ErrorResponses.Parse(body).Message);

    sealed class Envelope(object? payload) : IEnvelope
    {
        public ResponseStatus? Status => ResponseStatus.Error;
        public object? Payload => payload;
    }

    /// <summary>A body that arrives a few bytes per read, as a slow connection delivers it.</summary>
    sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
