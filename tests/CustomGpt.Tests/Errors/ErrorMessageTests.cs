namespace CustomGpt.Tests.Errors;

/// <summary>
/// The message of each error shape, word for word: the operation (or a stand-in), the status (or that
/// none came), the API's code when it differs, its message, and the earlier attempts.
/// </summary>
public class ErrorMessageTests
{
    static readonly Dictionary<string, IEnumerable<string>> NoHeaders = [];

    [Fact]
    public void Without_an_operation_or_a_status_the_message_says_so() =>
        Assert.Equal("The CustomGPT API call failed with no complete response.", new ErrorDetails(0, null, null, null, null, NoHeaders).Describe());

    [Fact]
    public void The_api_code_shows_only_when_it_differs_from_the_status()
    {
        Assert.Equal("Agents_Get failed with HTTP 400 (API code 422): Invalid.", new ErrorDetails(400, 422, "Invalid.", "Agents_Get", null, NoHeaders).Describe());
        Assert.Equal("Agents_Get failed with HTTP 404: Gone", new ErrorDetails(404, 404, "Gone", "Agents_Get", null, NoHeaders).Describe());
    }

    [Fact]
    public void Earlier_attempts_are_counted_and_listed()
    {
        var details = new ErrorDetails(503, null, null, "Users_Get", null, NoHeaders, ["HTTP 503", "attempt timed out after 30 s"]);

        Assert.Equal("Users_Get failed with HTTP 503. (3 attempts; earlier: HTTP 503; attempt timed out after 30 s)", details.Describe());
        var exception = new CustomGptServerException(details);
        Assert.Equal(3, exception.Attempts);
        Assert.Equal(["HTTP 503", "attempt timed out after 30 s"], exception.EarlierAttempts);
    }

    [Fact]
    public void A_redirect_names_the_operation_the_status_and_where_it_pointed()
    {
        var headers = new Dictionary<string, IEnumerable<string>> { ["location"] = ["https://elsewhere.test/x"] };

        var redirect = new CustomGptRedirectException(new ErrorDetails(307, null, null, "Agents_Delete", null, headers));

        Assert.Equal(new Uri("https://elsewhere.test/x"), redirect.Location);
        Assert.Equal(
            "Agents_Delete was redirected (HTTP 307) to https://elsewhere.test/x, which the SDK does not follow: " +
            "it follows at most 5 redirects of a GET, and none of a POST, PUT or DELETE, which could be acted on twice.",
            redirect.Message);
    }

    [Fact]
    public void A_redirect_without_a_location_or_an_operation_says_so()
    {
        var redirect = new CustomGptRedirectException(new ErrorDetails(302, null, null, null, null, NoHeaders));

        Assert.Null(redirect.Location);
        Assert.StartsWith("The CustomGPT API call was redirected (HTTP 302) to no Location, which the SDK does not follow", redirect.Message);
        Assert.Null(new CustomGptRedirectException(new ErrorDetails(302, null, null, null, null, new Dictionary<string, IEnumerable<string>> { ["Location"] = [] })).Location);
    }
}
