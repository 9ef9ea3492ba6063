using System.Net.Http.Headers;
using CustomGpt.ContractTests.Replay;
using CustomGpt.SpecTool;
using CustomGpt.SpecTool.Record;
using CustomGpt.SpecTool.Verify;
using WireMock.Server;

namespace CustomGpt.ContractTests.Recorder;

/// <summary>
/// The recorder end to end: the SDK with a real-looking key talks through the recording proxy to a
/// fake upstream (a second WireMock.Net server); the written recordings follow the layout, hold no
/// trace of the key, and replay through the SDK with the fake key.
/// </summary>
public sealed class RecorderTests : IDisposable
{
    const string RealKey = "4711|RealSecretKeyAbCdEfGhIjKlMnOp0123";
    const string OtherKey = "4712|AnotherSecretKeyQrStUvWxYz98765";
    readonly WireMockServer _upstream = WireMockServer.Start();
    readonly string _out = Directory.CreateTempSubdirectory("customgpt-recorder-").FullName;

    public RecorderTests() => _upstream.WithMapping(FakeUpstream.Mappings(RealKey, OtherKey));

    [Fact]
    public async Task Records_the_sdk_calls_redacted_in_the_recordings_layout()
    {
        using (var recorder = SpecTool.Record.Recorder.Start(new Uri(_upstream.Url!)))
        {
            using var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = RealKey, BaseUrl = new Uri(recorder.Url) });
            await client.Agents.GetStatsAsync(1042);
            await client.Conversations.CreateAsync(1042, new CreateConversationRequest { Name = "Recorded" });
            await client.Agents.CreateAsync(new CreateAgentRequest { ProjectName = "Recorded agent", File = Calls.Calls.TextFile("notes.txt", "hello") });
            await Assert.ThrowsAsync<CustomGptNotFoundException>(() => client.Agents.GetAsync(999));
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RealKey);
            await http.GetStringAsync($"{recorder.Url}/api/v1/user?api_key={Uri.EscapeDataString(RealKey)}");
            await http.GetAsync($"{recorder.Url}/not/an/operation");

            var result = new RecordingWriter(Contract.Spec, _out, "upstream.test").Write(recorder.Recorded());
            Assert.Single(result.Skipped, s => s.StartsWith("GET /not/an/operation"));
        }

        var names = RecordingFile.LoadAll(_out).Select(f => f.Name).ToList();
        Assert.Equal(
            ["Agents/Agents_Create.recorded-201", "Agents/Agents_Get.recorded-404", "Agents/Agents_GetStats.recorded-200",
             "Conversations/Conversations_Create.recorded-201", "Users/Users_Get.recorded-200"],
            names);
        foreach (var file in Directory.EnumerateFiles(_out, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (var secret in new[] { RealKey, OtherKey, Uri.EscapeDataString(RealKey), "RealSecretKey", "AnotherSecretKey" })
                Assert.DoesNotContain(secret, text);
            Assert.Contains(FakeCredentials.ApiKey, text);
            Assert.DoesNotContain("Set-Cookie", text);
        }
    }

    [Fact]
    public async Task The_written_recordings_fit_the_spec_and_replay_through_the_sdk()
    {
        using (var recorder = SpecTool.Record.Recorder.Start(new Uri(_upstream.Url!)))
        {
            using var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = RealKey, BaseUrl = new Uri(recorder.Url) });
            await client.Agents.GetStatsAsync(1042);
            await client.Agents.CreateAsync(new CreateAgentRequest { ProjectName = "Recorded agent", File = Calls.Calls.TextFile("notes.txt", "hello") });
            new RecordingWriter(Contract.Spec, _out, "upstream.test").Write(recorder.Recorded());
        }

        Assert.True(RecordingsVerifier.Run(Contract.Spec, _out).Passed);
        using var replay = new ReplayServer();
        var stats = RecordingFile.LoadAll(_out).Single(f => f.OperationId == "Agents_GetStats");
        replay.Serve(stats);
        Assert.Equal(214, (await replay.Client.Agents.GetStatsAsync(1042)).PagesFound);
        replay.AssertRequestsMatched(stats);

        var created = RecordingFile.LoadAll(_out).Single(f => f.OperationId == "Agents_Create");
        replay.Serve(created);
        await replay.Client.Agents.CreateAsync(new CreateAgentRequest { ProjectName = "Recorded agent", File = Calls.Calls.TextFile("notes.txt", "hello") });
        replay.AssertRequestsMatched(created);
    }

    [Fact]
    public void The_record_verb_explains_its_arguments()
    {
        var error = new StringWriter();
        Assert.Equal(2, RecordCommand.Run(["--out", _out], new StringReader(""), TextWriter.Null, error));
        Assert.Contains("--target", error.ToString());
    }

    public void Dispose()
    {
        _upstream.Stop();
        _upstream.Dispose();
        Directory.Delete(_out, recursive: true);
    }
}
