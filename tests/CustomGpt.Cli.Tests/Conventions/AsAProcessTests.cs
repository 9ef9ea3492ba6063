using CustomGpt.Cli.Sandbox;
using CustomGpt.Cli.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CustomGpt.Cli.Tests.Conventions;

/// <summary>
/// The conventions as a shell meets them: the built CLI run as a process, its stdout, stderr and exit
/// code read separately, stdin and stderr redirected (so no terminal). One run per convention; the
/// in-process tests beside these cover the variants.
/// </summary>
public sealed class AsAProcessTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("customgpt-process-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_usage_error_is_two_lines_on_stderr_exit_2_and_leaves_stdout_empty_for_json_readers()
    {
        var result = await CliProcess.RunAsync(["agents", "show", "abc", "--json"]);
        Assert.Equal((2, "", "error: agent id must be a number, got 'abc'\nRun 'customgpt agents show --help' for usage.\n"), (result.ExitCode, result.Out, result.Error));
    }

    [Fact]
    public async Task A_delete_from_a_script_needs_yes()
    {
        var refused = await CliProcess.RunAsync(["agents", "delete", "1042"], input: "y\n");
        Assert.Equal((2, ""), (refused.ExitCode, refused.Out));
        Assert.StartsWith("error: 'customgpt agents delete' deletes agent 1042: add --yes to confirm", refused.Error);

        var confirmed = await CliProcess.RunAsync(["agents", "delete", "1042", "--yes"]);
        Assert.Equal((0, "Deleted agent 1042.\n"), (confirmed.ExitCode, confirmed.Out));
    }

    [Fact]
    public async Task Base_url_without_a_key_is_an_error_and_a_slow_answer_draws_nothing_into_a_pipe()
    {
        var result = await CliProcess.RunAsync(["limits", "--base-url", "https://api.example.com/"]);
        Assert.Equal((2, ""), (result.ExitCode, result.Out));
        Assert.StartsWith("error: --base-url https://api.example.com/ needs an API key: set CUSTOMGPT_API_KEY to call that server, or use --sandbox instead", result.Error);

        using var slow = WireMockServer.Start();
        slow.Given(Request.Create().WithPath("/api/v1/user").UsingGet()).RespondWith(Response.Create()
            .WithHeader("Content-Type", "application/json").WithBody("""{"status":"success","data":{"id":1,"name":"Sam Rivera"}}""").WithDelay(TimeSpan.FromMilliseconds(1500)));
        var waited = await CliProcess.RunAsync(["user", "show", "--base-url", slow.Url!], environment: new Dictionary<string, string> { ["CUSTOMGPT_API_KEY"] = SandboxServer.ApiKey });
        Assert.Equal((0, ""), (waited.ExitCode, waited.Error));
        Assert.Contains("Sam Rivera", waited.Out);
    }

    [Fact]
    public async Task A_file_that_cannot_be_written_is_named_with_the_reason_and_exit_1()
    {
        var result = await CliProcess.RunAsync(["pages", "preview", "30412", "-o", "missing/cited.pdf"], _folder);
        Assert.Equal((1, ""), (result.ExitCode, result.Out));
        Assert.EndsWith($"error: cannot write {Path.Combine(_folder, "missing", "cited.pdf")}: the folder {Path.Combine(_folder, "missing")} does not exist. Create it or choose another --output.\n", result.Error);
    }

    [Fact]
    public async Task The_sandbox_names_the_recorded_values_it_shows_and_refuses_an_empty_question()
    {
        var created = await CliProcess.RunAsync(["agents", "create", "--name", "Security guide", "--sitemap", "https://docs.example.com/sitemap.xml"]);
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("Product handbook", created.Out);
        var notices = created.Error.TrimEnd().Split('\n');
        Assert.Contains("the answers are recorded examples", notices[0]);
        Assert.Equal("Sandbox: shown as recorded: project_name \"Product handbook\" (you gave \"Security guide\").", notices[^1]);

        var empty = await CliProcess.RunAsync(["chat", "1042", ""]);
        Assert.Equal((2, "", "error: the message is empty: ask a question, or leave the message out to chat at the prompt\nRun 'customgpt chat --help' for usage.\n"), (empty.ExitCode, empty.Out, empty.Error));
    }
}
