using System.Collections;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// For every schema an answer or streamed event holds, and every member of it, the shapes the live
/// API has sent instead of the declared one, read through the public method of an operation that
/// returns the schema (found from the spec). Tolerant reads give the value back or leave the member
/// unset and report it; strict reads fail on each. Cases are generated, not picked: see
/// <see cref="ShapeCases"/>; run with <c>--filter FullyQualifiedName~TolerantReads</c>.
/// </summary>
public class GeneratedShapeTests(Xunit.Abstractions.ITestOutputHelper output)
{
    static readonly DefaultContractResolver Names = new();

    public static TheoryData<string> Cases() => [.. ShapeCase.All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Tolerant_reads_return_the_answer_with_the_value_read_or_left_unset_and_reported(string id)
    {
        var shape = ShapeCase.ById[id];
        var issues = new List<ReadIssue>();
        var body = ShapeBodies.With(shape);

        if (shape.Class == ShapeClass.RequiredWrongType || (shape.IsPayload && !shape.Lossless))
        {
            var failure = await Assert.ThrowsAnyAsync<CustomGptApiException>(() => OperationCalls.CallAsync(shape.Host.Operation, body, onIssue: issues.Add));
            Assert.False(string.IsNullOrEmpty(failure.OperationId));
            if (shape.Class == ShapeClass.RequiredWrongType) Assert.Contains(shape.JsonPath, failure.Message);
            return;
        }

        var result = await OperationCalls.CallAsync(shape.Host.Operation, body, onIssue: issues.Add);
        var (holder, value) = Navigate(result, shape);
        if (shape.Lossless)
        {
            Assert.Empty(issues);
            if (holder is not null || shape.IsPayload) AssertReadBack(shape, value);
            return;
        }

        var issue = Assert.Single(issues);
        Assert.Equal(shape.JsonPath, issue.Path);
        Assert.False(string.IsNullOrEmpty(issue.ExpectedType));
        Assert.DoesNotContain("seven", issue.ToString());
        if (holder is null) return; // a member of the envelope, which the SDK does not hand out
        Assert.Null(value);
        var kept = Assert.IsAssignableFrom<IDictionary<string, object>>(holder.GetType().GetProperty("AdditionalProperties")!.GetValue(holder));
        Assert.True(JToken.DeepEquals(shape.Value, (JToken)kept[shape.Member]), $"{shape.Id}: the raw value is kept");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Strict_reads_fail_on_each_shape_naming_the_path(string id)
    {
        var shape = ShapeCase.ById[id];
        var failure = await Assert.ThrowsAnyAsync<CustomGptApiException>(() => OperationCalls.CallAsync(shape.Host.Operation, ShapeBodies.With(shape), strict: true));
        Assert.False(string.IsNullOrEmpty(failure.OperationId));
        if (!shape.IsPayload) Assert.Contains(shape.JsonPath, failure.Message);
    }

    [Fact]
    public async Task The_unmutated_body_of_every_host_reads_strictly()
    {
        foreach (var host in SpecShapes.Hosts.Values.DistinctBy(h => h.Operation))
            await OperationCalls.CallAsync(host.Operation, ShapeBodies.Valid(host).ToString(Newtonsoft.Json.Formatting.None), strict: true);
    }

    [Fact]
    public void Every_schema_an_answer_or_event_can_hold_is_covered_and_every_class_is_generated()
    {
        var objects = SpecShapes.Schemas.Properties().Where(p => p.Value["properties"] is JObject).Select(p => p.Name).ToHashSet();
        // Requests (and what only they hold) are written, not read; ApiError is the failure body.
        var requestsAndErrors = new HashSet<string> { "ApiError" };
        foreach (var request in objects.Where(n => n.EndsWith("Request", StringComparison.Ordinal))) Reach(request, requestsAndErrors);
        Assert.Empty(objects.Except(requestsAndErrors).Except(SpecShapes.Hosts.Keys));
        Assert.All(Enum.GetValues<ShapeClass>(), shape => Assert.Contains(ShapeCase.All, c => c.Class == shape));
        output.WriteLine($"{SpecShapes.Hosts.Count} schemas, {ShapeCase.All.Count} cases (each read tolerant and strict)");
        foreach (var group in ShapeCase.All.GroupBy(c => c.Class)) output.WriteLine($"{group.Key}: {group.Count()}");
    }

    static void Reach(string schema, HashSet<string> seen)
    {
        if (!seen.Add(schema) || SpecShapes.Schemas[schema]!["properties"] is not JObject properties) return;
        foreach (var property in properties.Properties())
            if (SpecShapes.Member((JObject)property.Value).ObjectSchema is { } child) Reach(child, seen);
    }

    static void AssertReadBack(ShapeCase shape, object? value)
    {
        switch (shape.Class)
        {
            case ShapeClass.IntegerAsDecimal or ShapeClass.IntegerAsString or ShapeClass.IntegerAsDecimalString:
                Assert.Equal(7L, Convert.ToInt64(value));
                break;
            case ShapeClass.IntegerItemsInOtherShapes:
                Assert.Equal([7L, 8L, 9L], ((IEnumerable)value!).Cast<object>().Select(Convert.ToInt64));
                break;
            case ShapeClass.ObjectAsEmptyArray:
                Assert.NotNull(value);
                break;
            case ShapeClass.ArrayAsEmptyObject:
                Assert.Empty((IEnumerable)value!);
                break;
            case ShapeClass.ArrayAsIndexKeyedObject:
                var items = ((IEnumerable)value!).Cast<object>().ToList();
                Assert.Equal(2, items.Count);
                if (items[0] is int or long) Assert.Equal(ShapeCase.IndexKeyedIntegers.Select(i => (long)i), items.Select(Convert.ToInt64));
                if (items[0] is string) Assert.Equal(ShapeCase.IndexKeyedStrings.Select(i => (string)i!), items.Cast<string>());
                break;
        }
    }

    // The object holding the member in what the SDK returned (null for a member of an envelope), and the member's value.
    static (object? Holder, object? Value) Navigate(object result, ShapeCase shape)
    {
        IEnumerable<object> path = shape.Host.Path;
        var envelopePayload = (string?)SpecShapes.Schemas[shape.Host.RootSchema]!["x-envelope"];
        if (envelopePayload is not null)
        {
            if (shape.Host.Path.Count == 0) return (null, shape.IsPayload ? result : null);
            path = path.Skip(1); // the SDK returns the envelope's payload
        }
        var holder = result;
        foreach (var step in path) holder = step is int index ? ((IList)holder)[index]! : Member(holder, (string)step)!;
        return (holder, Member(holder, shape.Member));
    }

    static object? Member(object holder, string wireName) =>
        ((JsonObjectContract)Names.ResolveContract(holder.GetType())).Properties.GetProperty(wireName, StringComparison.Ordinal)!.ValueProvider!.GetValue(holder);
}
