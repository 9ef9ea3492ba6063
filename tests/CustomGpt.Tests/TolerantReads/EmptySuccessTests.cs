using System.Net;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// A success without a body: for an operation whose payload is an acknowledgement (one boolean:
/// DeleteResult, UpdateResult) it says what happened; for any other it stays the typed error.
/// Operations are taken from the spec.
/// </summary>
public class EmptySuccessTests
{
    // Payload schemas that are acknowledgements: objects with one boolean member.
    static readonly HashSet<string> Acknowledgements = SpecShapes.Schemas.Properties()
        .Where(p => p.Value["properties"] is JObject { Count: 1 } members && (string?)members.Properties().Single().Value["type"] == "boolean")
        .Select(p => p.Name).ToHashSet();

    static string? PayloadOf(string envelope) => (string?)SpecShapes.Schemas[envelope]?["x-payload-type"];

    static IEnumerable<string> Acknowledging() =>
        SpecShapes.SuccessBodies().Where(b => PayloadOf(b.Schema) is { } payload && Acknowledgements.Contains(payload)).Select(b => b.Operation);

    public static TheoryData<string> AcknowledgingOperations() => [.. Acknowledging()];

    public static TheoryData<string> OtherJsonOperations() =>
        [.. SpecShapes.SuccessBodies().Where(b => !(PayloadOf(b.Schema) is { } payload && Acknowledgements.Contains(payload)) && OperationCalls.ByOperation.ContainsKey(b.Operation)).Select(b => b.Operation)];

    [Fact]
    public void Every_delete_acknowledges()
    {
        var deletes = SpecShapes.SuccessBodies().Where(b => b.Method == "delete").Select(b => b.Operation).ToList();
        Assert.Equal(5, deletes.Count);
        Assert.All(deletes, d => Assert.Contains(d, Acknowledging()));
    }

    [Theory]
    [MemberData(nameof(AcknowledgingOperations))]
    public async Task No_content_and_an_empty_200_say_it_was_done(string operation)
    {
        foreach (var status in new[] { HttpStatusCode.NoContent, HttpStatusCode.OK })
        {
            var result = await CallAsync(operation, status, strict: false);
            Assert.True(result switch { DeleteResult deleted => deleted.Deleted, UpdateResult updated => updated.Updated, _ => null }, $"{operation} {status}");
        }
    }

    [Theory]
    [MemberData(nameof(AcknowledgingOperations))]
    public async Task Strict_reads_reject_an_empty_acknowledgement(string operation)
    {
        var failure = await Assert.ThrowsAsync<CustomGptApiException>(() => CallAsync(operation, HttpStatusCode.NoContent, strict: true));
        Assert.Equal(operation, failure.OperationId);
    }

    [Theory]
    [MemberData(nameof(OtherJsonOperations))]
    public async Task An_empty_success_where_a_payload_is_required_stays_the_typed_error(string operation)
    {
        var failure = await Assert.ThrowsAsync<CustomGptApiException>(() => CallAsync(operation, HttpStatusCode.OK, strict: false));
        Assert.Equal(operation, failure.OperationId);
        Assert.Contains("empty", failure.Message);
    }

    static Task<object> CallAsync(string operation, HttpStatusCode status, bool strict)
    {
        var endpoint = new RecordingHandler(status, "");
        var client = new CustomGptClient(new CustomGptClientOptions
        {
            ApiKey = TestKeys.ApiKey, BaseUrl = new Uri("https://api.test/"), Retry = new() { MaxAttempts = 1 }, StrictReads = strict,
        }, endpoint.Client());
        return OperationCalls.ByOperation[operation](client);
    }
}
