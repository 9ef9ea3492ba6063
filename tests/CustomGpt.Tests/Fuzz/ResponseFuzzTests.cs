using System.Net;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace CustomGpt.Tests.Fuzz;

/// <summary>
/// Mutated bodies through the response handling of every response type: each call ends in a
/// result or a CustomGptApiException, never another exception; a body whose values only took
/// PHP's other shapes (12.0, [], {}) is read. Reproducible from the seed.
/// </summary>
public class ResponseFuzzTests(ITestOutputHelper output)
{
    const int Seed = 20261128;
    const int IterationsPerType = 420;

    // One call per response type of the API, with the component its success body follows.
    static readonly (string Schema, Func<CustomGptClient, Task> Call)[] ResponseTypes =
    [
        ("AgentEnvelope", c => c.Agents.GetAsync(1)),
        ("AgentPageEnvelope", c => c.Agents.ListAsync()),
        ("AgentStatsEnvelope", c => c.Agents.GetStatsAsync(1)),
        ("DeleteResultEnvelope", c => c.Agents.DeleteAsync(1)),
        ("PagesResultEnvelope", c => c.Pages.ListAsync(1)),
        ("UpdateResultEnvelope", c => c.Pages.ReindexAsync(1, 2)),
        ("PageMetadataEnvelope", c => c.PageMetadata.GetAsync(1, 2)),
        ("AgentSettingsEnvelope", c => c.AgentSettings.GetAsync(1)),
        ("AgentPluginEnvelope", c => c.Plugins.GetAsync(1)),
        ("ConversationPageEnvelope", c => c.Conversations.ListAsync(1)),
        ("ConversationEnvelope", c => c.Conversations.CreateAsync(1, new CreateConversationRequest { Name = "x" })),
        ("MessagesResultEnvelope", c => c.Conversations.ListMessagesAsync(1, "s")),
        ("MessageEnvelope", c => c.Messages.GetAsync(1, "s", 2)),
        ("SourceListEnvelope", c => c.Sources.ListAsync(1)),
        ("SourceEnvelope", c => c.Sources.SyncAsync(1, 2)),
        ("TrafficReportEnvelope", c => c.Reports.GetTrafficAsync(1, [TrafficReportFilter.Sources])),
        ("QueryReportEnvelope", c => c.Reports.GetQueriesAsync(1, [QueryReportFilter.Total])),
        ("ConversationReportEnvelope", c => c.Reports.GetConversationsAsync(1, [ConversationReportFilter.Total])),
        ("AnalysisReportEnvelope", c => c.Reports.GetAnalysisAsync(1, [AnalysisReportFilter.Queries])),
        ("LicenseListEnvelope", c => c.Licenses.ListAsync(1)),
        ("LicenseCreatedEnvelope", c => c.Licenses.CreateAsync(1, new CreateLicenseRequest { Name = "x" })),
        ("LicenseEnvelope", c => c.Licenses.GetAsync(1, 2)),
        ("UserEnvelope", c => c.Users.GetAsync()),
        ("LimitsEnvelope", c => c.Limits.GetUsageAsync()),
        ("ChatCompletion", c => c.Conversations.SendMessageOpenAiAsync(1, new ChatCompletionRequest())),
    ];

    public static TheoryData<string> Schemas() => [.. ResponseTypes.Select(t => t.Schema)];

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Mutated_bodies_end_in_a_result_or_a_CustomGptApiException(string schema)
    {
        var call = ResponseTypes.Single(t => t.Schema == schema).Call;
        var valid = new SampleBodies().For(schema);
        var seed = Seed ^ schema.GetHashCode(StringComparison.Ordinal) & 0x7FFFFFFF;
        var mutator = new BodyMutator(seed);
        var endpoint = new MutableBodyHandler();
        var client = new CustomGptClient(new CustomGptClientOptions { ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/"), Retry = new() { MaxAttempts = 1 } }, new HttpClient(endpoint));

        endpoint.Body = System.Text.Encoding.UTF8.GetBytes(valid.ToString());
        await call(client); // the unmutated body is read fine
        for (var i = 0; i < IterationsPerType; i++)
        {
            endpoint.Body = mutator.Mutate(valid);
            try { await call(client); }
            catch (CustomGptApiException e) when (!mutator.LastKeepsMeaning)
            {
                _ = e; // any other mutation may fail, as long as it fails typed
            }
            catch (Exception e)
            {
                output.WriteLine($"seed {seed}, iteration {i}, body: {System.Text.Encoding.UTF8.GetString(endpoint.Body)}");
                Assert.Fail($"{schema}: {e.GetType().Name} ({e.Message}) for body {System.Text.Encoding.UTF8.GetString(endpoint.Body)} (seed {seed}, iteration {i})");
            }
        }
    }

    [Fact]
    public void The_fuzz_covers_every_response_type_with_at_least_10000_bodies()
    {
        Assert.True(ResponseTypes.Length * IterationsPerType >= 10_000);
        var spec = JObject.Parse(File.ReadAllText(RepoFiles.Spec));
        var envelopes = ((JObject)spec["components"]!["schemas"]!).Properties().Where(p => p.Value["x-envelope"] != null).Select(p => p.Name);
        Assert.Empty(envelopes.Except(ResponseTypes.Select(t => t.Schema)));
    }

    sealed class MutableBodyHandler : HttpMessageHandler
    {
        public byte[] Body { get; set; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(Body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
