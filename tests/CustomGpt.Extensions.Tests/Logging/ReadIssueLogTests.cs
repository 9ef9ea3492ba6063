using CustomGpt.Extensions.Logging;
using CustomGpt.Extensions.Tests.Infrastructure;

namespace CustomGpt.Extensions.Tests.Logging;

/// <summary>The read-issue log keeps the app's own observer: it still runs, after the warning; without a logger it is the observer alone.</summary>
public sealed class ReadIssueLogTests
{
    [Fact]
    public void The_apps_observer_runs_after_the_warning()
    {
        var logs = new RecordingLoggerProvider();
        var seen = new List<string>();
        var combined = ReadIssueLog.Combine(issue => seen.Add($"{logs.Entries.Count}:{issue.Path}"), logs.CreateLogger(ReadIssueLog.Category))!;

        combined(Issue());

        Assert.Equal(["1:data.type"], seen);
        Assert.Equal("ValueNotRead", Assert.Single(logs.Entries).EventId.Name);
    }

    [Fact]
    public void Without_a_logger_the_observer_is_used_as_it_is()
    {
        Action<ReadIssue> observer = _ => { };

        Assert.Same(observer, ReadIssueLog.Combine(observer, null));
        Assert.Null(ReadIssueLog.Combine(null, null));
    }

    static ReadIssue Issue()
    {
        // ReadIssue's constructor is internal to the SDK: an observer gets one from a real read.
        ReadIssue? issue = null;
        using var client = new CustomGptClient(new CustomGptClientOptions
        {
            ApiKey = "1234|fake-test-key-0000000000000000",
            BaseUrl = new Uri("https://api.test/"),
            OnReadIssue = i => issue = i,
        }, new HttpClient(new FixedAnswer()));
        client.Agents.GetAsync(1).GetAwaiter().GetResult();
        return issue!;
    }

    sealed class FixedAnswer : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                Content = new StringContent("""{"status":"success","data":{"id":1,"type":"BRAND_NEW"}}""", System.Text.Encoding.UTF8, "application/json"),
            });
    }
}
