using System.Text.RegularExpressions;
using CustomGpt.ContractTests.Calls;
using CustomGpt.ContractTests.Replay;
using CustomGpt.SpecTool.Record;
using Newtonsoft.Json.Linq;

namespace CustomGpt.ContractTests;

/// <summary>The recordings cover the spec, and every mapping is specific enough that a wrong request fails.</summary>
public sealed partial class CoverageTests
{
    [Fact]
    public void Every_operation_has_a_success_and_an_error_recording()
    {
        var missing = new List<string>();
        foreach (var operation in Contract.Spec.Operations.Keys.Order(StringComparer.Ordinal))
        {
            var files = Contract.Recordings.Values.Where(f => f.OperationId == operation).ToList();
            if (!files.Any(f => f.IsSuccess)) missing.Add($"{operation}: no success recording");
            if (!files.Any(f => !f.IsSuccess)) missing.Add($"{operation}: no error recording");
        }
        Assert.True(missing.Count == 0, "Recordings missing in spec/recordings:\n  " + string.Join("\n  ", missing));
    }

    [Fact]
    public void Every_recording_names_an_operation_of_the_spec_and_has_a_call()
    {
        var problems = Contract.Recordings.Values
            .Where(f => !Contract.Spec.Operations.ContainsKey(f.OperationId) || OperationCalls.For(f.OperationId, f.Case) is null)
            .Select(f => f.Name).ToList();
        Assert.True(problems.Count == 0, "Recordings of no spec operation, or with no call in OperationCalls: " + string.Join(", ", problems));
    }

    [Fact]
    public void Every_mapping_requires_the_method_path_and_fake_key_of_its_operation()
    {
        var problems = new List<string>();
        foreach (var file in Contract.Recordings.Values)
        foreach (var exchange in file.Exchanges)
        {
            var operation = Contract.Spec.Operations[file.OperationId];
            var request = (JObject)exchange.Mapping["Request"]!;
            if (request["Methods"] is not JArray { Count: 1 } methods || (string?)methods[0] != operation.Method)
                problems.Add($"{exchange.Source}: Methods must be exactly [\"{operation.Method}\"]");
            if (ExactPattern(request["Path"]) is not { } path || !operation.MatchesPath(path))
                problems.Add($"{exchange.Source}: Path must be an ExactMatcher on an instance of {operation.PathTemplate}");
            var authorization = (request["Headers"] as JArray ?? []).FirstOrDefault(h => (string?)h["Name"] == "Authorization");
            if (ExactPattern(authorization) != FakeCredentials.AuthorizationHeader)
                problems.Add($"{exchange.Source}: must require Authorization: {FakeCredentials.AuthorizationHeader}");
            if (operation.Api.RequestBody() is not null && request["Body"] is null)
                problems.Add($"{exchange.Source}: {operation.OperationId} has a request body, the mapping matches none");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Multipart_mappings_reject_parts_they_do_not_name()
    {
        var multipart = Contract.Recordings.Values.SelectMany(f => f.Exchanges)
            .Where(e => e.Mapping["Request"]?["Body"]?["Matchers"] is JArray).ToList();
        Assert.NotEmpty(multipart);
        foreach (var exchange in multipart)
        {
            var matchers = (JArray)exchange.Mapping["Request"]!["Body"]!["Matchers"]!;
            Assert.Equal("And", (string?)exchange.Mapping["Request"]!["Body"]!["MatchOperator"]);
            Assert.Contains(matchers, m => (bool?)m["RejectOnMatch"] == true);
        }
    }

    [Fact]
    public void No_recording_holds_a_key_other_than_the_fake_one()
    {
        foreach (var file in Contract.Recordings.Values)
        {
            var keys = KeyShape().Matches(file.Json).Select(m => m.Value).Where(k => k != FakeCredentials.ApiKey).ToList();
            Assert.True(keys.Count == 0, $"{file.Name}: key-shaped text {string.Join(", ", keys)}");
        }
    }

    static string? ExactPattern(JToken? matched) =>
        matched?["Matchers"] is JArray { Count: 1 } matchers && (string?)matchers[0]["Name"] == "ExactMatcher" ? (string?)matchers[0]["Pattern"] : null;

    [GeneratedRegex(@"\d+\|[A-Za-z0-9-]{16,}")]
    private static partial Regex KeyShape();
}
