using CustomGpt.Http;

namespace CustomGpt.Tests.Http;

/// <summary>
/// What the SDK attaches to a request: in a field of its own messages, in the options of a copy
/// that leaves for a caller's HttpClient, and nothing on a request it did not prepare.
/// </summary>
public class RequestContextTests
{
    static SdkRequestMessage Prepared(bool expectsJson = true)
    {
        var message = new SdkRequestMessage(HttpMethod.Get, new Uri("https://api.test/p"));
        RequestContext.SetOperation(message, "Agents_Get", expectsJson);
        return message;
    }

    [Fact]
    public void A_prepared_request_names_its_operation_its_answer_and_its_first_attempt()
    {
        using var message = Prepared();
        Assert.Equal("Agents_Get", RequestContext.OperationOf(message));
        Assert.True(RequestContext.ExpectsJson(message));
        Assert.Equal(1, RequestContext.AttemptOf(message));
        Assert.Empty(RequestContext.AttemptsOf(message));
        Assert.Null(message.State!.Attempts);
        // In a field: the options dictionary is not even created.
        Assert.Empty(message.Options);
    }

    [Fact]
    public void The_attempt_and_the_failed_attempts_are_kept_with_it()
    {
        using var message = Prepared(expectsJson: false);
        RequestContext.SetAttempt(message, 3);
        RequestContext.SetAttempts(message, ["HTTP 503", "HTTP 502"]);
        Assert.False(RequestContext.ExpectsJson(message));
        Assert.Equal(3, RequestContext.AttemptOf(message));
        Assert.Equal(["HTTP 503", "HTTP 502"], RequestContext.AttemptsOf(message));
    }

    [Fact]
    public void A_copy_for_a_callers_HttpClient_carries_the_same_state_in_its_options()
    {
        using var message = Prepared();
        using var copy = new HttpRequestMessage(HttpMethod.Get, message.RequestUri);
        RequestContext.CopyTo(message, copy);

        Assert.Single(copy.Options);
        Assert.Equal("Agents_Get", RequestInfo.GetOperationId(copy));
        Assert.True(RequestContext.ExpectsJson(copy));
        // One object shared: an attempt set on the original is what the copy's readers see.
        RequestContext.SetAttempt(message, 2);
        Assert.Equal(2, RequestInfo.GetAttempt(copy));
        RequestContext.SetAttempts(copy, ["HTTP 429"]);
        Assert.Equal(["HTTP 429"], RequestContext.AttemptsOf(message));
    }

    [Fact]
    public void A_copy_between_the_SDKs_own_messages_stays_in_the_field()
    {
        using var message = Prepared();
        using var hop = new SdkRequestMessage(HttpMethod.Get, new Uri("https://api.test/q"));
        RequestContext.CopyTo(message, hop);
        Assert.Same(message.State, hop.State);
        Assert.Empty(hop.Options);
    }

    [Fact]
    public void A_request_the_SDK_did_not_prepare_has_nothing_attached_and_takes_nothing()
    {
        using var foreign = new HttpRequestMessage(HttpMethod.Get, "https://api.test/p");
        RequestContext.SetAttempt(foreign, 4);
        RequestContext.SetAttempts(foreign, ["HTTP 500"]);
        using var copy = new HttpRequestMessage();
        RequestContext.CopyTo(foreign, copy);

        Assert.Null(RequestContext.OperationOf(foreign));
        Assert.False(RequestContext.ExpectsJson(foreign));
        Assert.Equal(1, RequestContext.AttemptOf(foreign));
        Assert.Empty(RequestContext.AttemptsOf(foreign));
        Assert.Empty(foreign.Options);
        Assert.Empty(copy.Options);
        Assert.Null(RequestContext.OperationOf(null));
        Assert.Equal(1, RequestContext.AttemptOf(null));
        Assert.Empty(RequestContext.AttemptsOf(null));
    }

    [Fact]
    public void An_option_of_another_type_under_the_key_is_not_taken_for_the_SDKs()
    {
        using var foreign = new HttpRequestMessage(HttpMethod.Get, "https://api.test/p");
        foreign.Options.Set(new HttpRequestOptionsKey<string>("CustomGpt.Request"), "not the SDK's");
        Assert.Null(RequestContext.OperationOf(foreign));
    }
}
