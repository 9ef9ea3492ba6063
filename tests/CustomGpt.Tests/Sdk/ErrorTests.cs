using System.Net;

namespace CustomGpt.Tests.Sdk;

/// <summary>Every error shape the API (or a proxy before it) answers becomes the right typed exception.</summary>
public class ErrorTests
{
    static async Task<CustomGptApiException> FailingGet(HttpStatusCode status, string body, string contentType = "application/json", Action<RecordingHandler>? setup = null)
    {
        var endpoint = new RecordingHandler(status, body, contentType);
        setup?.Invoke(endpoint);
        return await Assert.ThrowsAnyAsync<CustomGptApiException>(() => endpoint.CustomGpt().Agents.GetAsync(1));
    }

    [Fact]
    public async Task The_error_envelope_gives_status_code_message_and_operation()
    {
        var e = await FailingGet(HttpStatusCode.NotFound, """{"status":"error","url":"https://app.customgpt.ai/api/v1/projects/1","data":{"code":404,"message":"Agent with id 1 not found"}}""");
        var notFound = Assert.IsType<CustomGptNotFoundException>(e);
        Assert.Equal(404, notFound.StatusCode);
        Assert.Equal(404, notFound.ErrorCode);
        Assert.Equal("Agent with id 1 not found", notFound.ApiMessage);
        Assert.Equal("Agents_Get", notFound.OperationId);
        Assert.Equal("Agents_Get failed with HTTP 404: Agent with id 1 not found", notFound.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, typeof(CustomGptAuthenticationException))]
    [InlineData(HttpStatusCode.Forbidden, typeof(CustomGptAuthenticationException))]
    [InlineData(HttpStatusCode.BadRequest, typeof(CustomGptValidationException))]
    [InlineData(HttpStatusCode.UnprocessableEntity, typeof(CustomGptValidationException))]
    [InlineData(HttpStatusCode.TooManyRequests, typeof(CustomGptRateLimitException))]
    [InlineData(HttpStatusCode.InternalServerError, typeof(CustomGptServerException))]
    [InlineData(HttpStatusCode.ServiceUnavailable, typeof(CustomGptServerException))]
    [InlineData(HttpStatusCode.Conflict, typeof(CustomGptApiException))]
    public async Task A_bare_message_body_becomes_the_exception_of_its_status(HttpStatusCode status, Type expected)
    {
        var e = await FailingGet(status, """{"message":"Unauthenticated."}""");
        Assert.IsType(expected, e);
        Assert.Equal((int)status, e.StatusCode);
        Assert.Equal("Unauthenticated.", e.ApiMessage);
    }

    [Fact]
    public async Task An_html_page_from_a_proxy_gives_its_title_as_the_message()
    {
        var e = await FailingGet(HttpStatusCode.BadGateway, "<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>", "text/html");
        Assert.IsType<CustomGptServerException>(e);
        Assert.Equal("502 Bad Gateway", e.ApiMessage);
        Assert.Contains("<title>", e.ResponseBody);
    }

    [Fact]
    public async Task A_plain_text_body_is_the_message_and_an_empty_body_leaves_only_the_status()
    {
        Assert.Equal("upstream timed out", (await FailingGet(HttpStatusCode.GatewayTimeout, "upstream timed out", "text/plain")).ApiMessage);
        var empty = await FailingGet(HttpStatusCode.InternalServerError, "");
        Assert.Null(empty.ApiMessage);
        Assert.Equal("Agents_Get failed with HTTP 500.", empty.Message);
    }

    [Fact]
    public async Task Retry_after_is_parsed_and_exhausted_credits_are_told_apart_from_throttling()
    {
        var throttled = Assert.IsType<CustomGptRateLimitException>(await FailingGet(HttpStatusCode.TooManyRequests, """{"message":"Too Many Attempts."}""",
            setup: e => e.ResponseHeaders["Retry-After"] = "7"));
        Assert.Equal(TimeSpan.FromSeconds(7), throttled.RetryAfter);
        Assert.False(throttled.IsQuotaExhausted);

        var quota = Assert.IsType<CustomGptRateLimitException>(await FailingGet(HttpStatusCode.TooManyRequests,
            """{"status":"error","data":{"code":429,"message":"You have exhausted your current query credits."}}"""));
        Assert.True(quota.IsQuotaExhausted);
    }

    [Fact]
    public async Task A_success_status_whose_body_says_error_throws()
    {
        var e = await FailingGet(HttpStatusCode.OK, """{"status":"error","data":{"code":404,"message":"Agent with id 1 not found"}}""");
        Assert.IsType<CustomGptNotFoundException>(e);
        Assert.Equal(200, e.StatusCode);
        Assert.Equal("Agent with id 1 not found", e.ApiMessage);
        Assert.Equal("Agents_Get", e.OperationId);
    }

    [Theory]
    [InlineData("""{"status":"success","data":{"id":1""")]
    [InlineData("""<html>oops</html>""")]
    [InlineData("""{"status":"success","data":{"id":"not a number"}}""")]
    [InlineData("""{"status":"success","data":{"id":1.5}}""")]
    [InlineData("""{"status":"success","data":{"project_name":"an agent without its id"}}""")]
    [InlineData("""{"status":"success","data":[1,2,3]}""")]
    public async Task A_success_body_that_cannot_be_read_throws_the_sdk_exception_not_a_parser_exception(string body)
    {
        var e = await FailingGet(HttpStatusCode.OK, body);
        Assert.Equal(typeof(CustomGptApiException), e.GetType());
        Assert.Equal("Agents_Get", e.OperationId);
        Assert.StartsWith("Agents_Get failed with HTTP 200", e.Message);
    }

    [Fact]
    public async Task A_success_without_a_payload_is_an_error_not_a_null()
    {
        var e = await FailingGet(HttpStatusCode.OK, """{"status":"success"}""");
        Assert.Contains("without a payload", e.Message);
    }

    [Fact]
    public async Task The_body_is_kept_truncated_and_the_key_appears_nowhere_in_the_exception()
    {
        var e = await FailingGet(HttpStatusCode.InternalServerError, new string('x', 10_000), "text/plain");
        Assert.Equal(CustomGptApiException.MaxBodyLength + 1, e.ResponseBody!.Length);
        Assert.DoesNotContain(TestKeys.ApiKey, e.ToString());
        Assert.DoesNotContain(TestKeys.ApiKey, string.Join(" ", e.Headers.SelectMany(h => h.Value)));
    }
}
