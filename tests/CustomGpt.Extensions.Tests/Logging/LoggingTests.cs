using CustomGpt.Extensions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace CustomGpt.Extensions.Tests.Logging;

public sealed class LoggingTests
{
    const string Secret = "very-secret-key-0042";
    const string Key = "1234|" + Secret;

    [Fact]
    public async Task Each_attempt_is_logged_with_method_path_status_duration_and_attempt()
    {
        var (_, logs) = await CallAsync(AgentEndpoint.Answers, sdkAttempts: 3);

        var entry = Assert.Single(logs.Entries, e => e.Category == "CustomGpt.Http" && e.EventId.Name == "ResponseReceived");
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Equal(("Agents_Get", "GET", AgentEndpoint.Path, 200, 1),
            (entry.Value("OperationId"), entry.Value("Method"), entry.Value("Path"), entry.Value("StatusCode"), entry.Value("Attempt")));
        Assert.IsType<double>(entry.Value("ElapsedMilliseconds"));
        Assert.StartsWith($"CustomGPT Agents_Get: GET {AgentEndpoint.Path} answered 200 in ", entry.Message);
    }

    [Fact]
    public async Task The_SDKs_retries_are_numbered()
    {
        var (_, logs) = await CallAsync(api => AgentEndpoint.Fails(api, 503), sdkAttempts: 3);

        Assert.Equal([1, 2, 3], Attempts(logs));
    }

    [Fact]
    public async Task The_resilience_handlers_retries_are_numbered()
    {
        // The SDK would make 5 attempts; the handler makes 3, sending the same message each time.
        var (_, logs) = await CallAsync(api => AgentEndpoint.Fails(api, 503), sdkAttempts: 5,
            services => services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(o =>
            {
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = TimeSpan.FromMilliseconds(1);
                o.Retry.BackoffType = DelayBackoffType.Constant;
            })));

        Assert.Equal([1, 2, 3], Attempts(logs));
    }

    [Fact]
    public async Task At_Trace_level_no_log_holds_the_key_and_the_SDKs_log_shows_Authorization_as_REDACTED()
    {
        var (sent, logs) = await CallAsync(AgentEndpoint.Answers, sdkAttempts: 1);

        // The key did go out, so its absence from the logs is redaction, not a request without it.
        Assert.Equal($"Bearer {Key}", sent);
        // The factory's own Trace-level header logs are there too, and must not leak it either.
        Assert.Contains(logs.Entries, e => e.Category.StartsWith("System.Net.Http.HttpClient.CustomGpt", StringComparison.Ordinal) && e.Level == LogLevel.Trace);
        Assert.DoesNotContain(logs.Entries, e => e.AllText.Contains(Secret, StringComparison.Ordinal));
        var headers = Assert.Single(logs.Entries, e => e.EventId.Name == "RequestHeaders");
        Assert.Equal(LogLevel.Trace, headers.Level);
        Assert.Contains("Authorization: REDACTED", headers.Message);
        Assert.Contains("User-Agent: CustomGpt.NET/", headers.Message);
    }

    [Fact]
    public async Task A_value_the_SDK_could_not_read_is_a_warning_with_operation_path_and_type_but_not_the_value()
    {
        var (_, logs) = await CallAsync(AgentEndpoint.AnswersWithUnreadableValues, sdkAttempts: 1);

        var warnings = logs.Entries.Where(e => e.Category == "CustomGpt.Reads").ToList();
        Assert.Equal(["data.project_name", "data.type"], warnings.Select(w => (string)w.Value("JsonPath")!));
        Assert.All(warnings, w => Assert.Equal((LogLevel.Warning, "ValueNotRead", "Agents_Get"), (w.Level, w.EventId.Name, (string?)w.Value("OperationId"))));
        Assert.Equal(["string", "AgentType"], warnings.Select(w => (string)w.Value("ExpectedType")!));
        Assert.DoesNotContain(logs.Entries, e => e.AllText.Contains("private-value-77", StringComparison.Ordinal) || e.AllText.Contains("BRAND_NEW_KIND", StringComparison.Ordinal));
    }

    // One call through AddCustomGpt, logged at Trace in every category; returns the Authorization
    // header the server last received, and the logs.
    static async Task<(string? SentAuthorization, RecordingLoggerProvider Logs)> CallAsync(Action<ApiServer> serve, int sdkAttempts, Action<IServiceCollection>? configure = null)
    {
        using var api = ApiServer.Start();
        serve(api);
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddCustomGpt(o =>
        {
            o.ApiKey = Key;
            o.BaseUrl = api.Url;
            o.Retry = new CustomGptRetryOptions { MaxAttempts = sdkAttempts, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };
        });
        configure?.Invoke(services);
        using var provider = services.BuildServiceProvider();

        try
        {
            await provider.GetRequiredService<CustomGptClient>().Agents.GetAsync(AgentEndpoint.AgentId);
        }
        catch (CustomGptApiException)
        {
            // The failing endpoints fail the call: their tests look at the logs of the attempts.
        }
        var last = api.Requests("GET", AgentEndpoint.Path).LastOrDefault();
        return (last is null ? null : ApiServer.Header(last, "Authorization"), logs);
    }

    static int[] Attempts(RecordingLoggerProvider logs) =>
        logs.Entries.Where(e => e.EventId.Name == "ResponseReceived").Select(e => (int)e.Value("Attempt")!).ToArray();
}
