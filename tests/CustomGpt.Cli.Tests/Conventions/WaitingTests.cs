using CustomGpt.Cli.Sandbox;
using CustomGpt.Cli.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CustomGpt.Cli.Tests.Conventions;

/// <summary>
/// A slow answer is not silence: past a second, stderr shows a spinner and the seconds waited (at a
/// terminal only), erased once the answer comes. And --base-url is never ignored without a word.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class WaitingTests(SandboxFixture sandbox) : CliTest(sandbox), IAsyncLifetime
{
    const string Limits = """{"status":"success","data":{"max_projects_num":5000,"max_total_storage_credits":1,"max_queries":1,"current_projects_num":1,"current_total_storage_credits":1,"current_queries":1}}""";
    readonly WireMockServer _slowApi = WireMockServer.Start();

    public Task InitializeAsync()
    {
        _slowApi.Given(Request.Create().WithPath("/api/v1/limits/usage").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Limits).WithDelay(TimeSpan.FromMilliseconds(1600)));
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _slowApi.Stop();
        _slowApi.Dispose();
        return Task.CompletedTask;
    }

    Dictionary<string, string> SlowApi => new() { ["CUSTOMGPT_API_KEY"] = SandboxServer.ApiKey, ["CUSTOMGPT_BASE_URL"] = _slowApi.Url! };

    [Fact]
    public async Task At_a_terminal_a_slow_answer_shows_the_time_waited_then_erases_it()
    {
        var result = (await Cli.RunAsync(["limits"], SlowApi, terminal: true)).Succeeded();
        var authority = new Uri(_slowApi.Url!).Authority;
        Assert.Matches($@"^(\r\u001b\[2K[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Waiting for {authority}… [1-9]\d* s)+\r\u001b\[2K$", result.Error);
        Assert.Contains("5000", result.Out);
    }

    [Fact]
    public async Task Without_a_terminal_nothing_is_drawn()
    {
        var result = (await Cli.RunAsync(["limits"], SlowApi)).Succeeded();
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task An_answer_within_the_second_draws_nothing()
    {
        // The indicator itself, not a request: how fast a server answers is not for a test to decide.
        using var error = new StringWriter();
        var indicator = new CustomGpt.Cli.Output.WaitIndicator(error);
        using (indicator.Begin("api.example.com")) await Task.Delay(200);
        await Task.Delay(1200);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public async Task Base_url_without_a_key_says_how_to_combine_it()
    {
        var result = await Cli.RunAsync(["limits", "--base-url", "https://api.example.com/"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "error: --base-url https://api.example.com/ needs an API key: set CUSTOMGPT_API_KEY to call that server, or use --sandbox instead of --base-url for the recorded answers."
            + Environment.NewLine + "Run 'customgpt limits --help' for usage." + Environment.NewLine,
            result.Error);
    }

    [Fact]
    public async Task Base_url_with_sandbox_is_refused_rather_than_ignored()
    {
        var result = await Cli.RunAsync(["limits", "--sandbox", "--base-url", "https://api.example.com/"], SlowApi);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --sandbox serves recorded answers on a loopback address of its own, so --base-url has nothing to point at: leave out one of them.", result.Error);
    }

    [Fact]
    public async Task Base_url_with_a_key_is_used()
    {
        using var api = new RecordedApi("Limits_GetUsage.success");
        var environment = api.Environment();
        var url = environment["CUSTOMGPT_BASE_URL"];
        environment["CUSTOMGPT_BASE_URL"] = "http://127.0.0.1:1/";
        var result = (await Cli.RunAsync(["limits", "--base-url", url], environment)).Succeeded();
        Assert.Contains("5000", result.Out);
    }
}
