using CustomGpt.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// The one rule for an unreadable value inside a model: an optional member is left unset, its value
/// kept in the model's extension data and the issue reported once, at its own level; a required
/// member (Always or AllowNull), strict mode and any failure other than an unreadable value fail the read.
/// </summary>
public class ReadErrorHandlerTests
{
    [Fact]
    public void An_unreadable_optional_member_is_left_unset_kept_and_reported_once()
    {
        var issues = new List<ReadIssue>();

        var model = Read<Optional>("""{"n":"x","m":2}""", issues);

        Assert.Null(model.N);
        Assert.Equal(2, model.M);
        Assert.Equal("x", Assert.IsType<JValue>(model.Extra["n"]).Value);
        var issue = Assert.Single(issues);
        Assert.Equal(("Test_Read", "n", "integer", "a string"), (issue.OperationId, issue.Path, issue.ExpectedType, issue.Found));
    }

    [Fact]
    public void Inside_a_nested_model_the_value_is_kept_and_reported_at_its_own_level_only()
    {
        var issues = new List<ReadIssue>();

        var outer = Read<Outer>("""{"inner":{"n":[1],"m":3},"after":5}""", issues);

        Assert.Equal(3, outer.Inner!.M);
        Assert.Null(outer.Inner.N);
        Assert.Equal(5, outer.After);
        Assert.True(outer.Inner.Extra.ContainsKey("n"));
        Assert.Empty(outer.Extra);
        Assert.Equal("inner.n", Assert.Single(issues).Path);
    }

    [Fact]
    public void A_model_without_extension_data_still_reads_the_rest()
    {
        var issues = new List<ReadIssue>();

        var model = Read<NoExtensionData>("""{"n":{"a":1},"m":2}""", issues);

        Assert.Null(model.N);
        Assert.Equal(2, model.M);
        Assert.Equal("an object", Assert.Single(issues).Found);
    }

    [Fact]
    public void An_unreadable_list_item_is_dropped_and_reported_by_its_index()
    {
        var issues = new List<ReadIssue>();

        var model = Read<WithList>("""{"items":[1,"x",3]}""", issues);

        Assert.Equal([1, 3], model.Items);
        Assert.Empty(model.Extra);
        Assert.Equal("items[1]", Assert.Single(issues).Path);
    }

    [Fact]
    public void Strict_reads_fail_on_the_first_unreadable_value_even_inside_a_nested_model()
    {
        var issues = new List<ReadIssue>();

        var e = Assert.Throws<UnreadableValueException>(() => Read<Outer>("""{"inner":{"n":"x"}}""", issues, strict: true));

        Assert.Equal("inner.n", e.ValuePath);
        Assert.True(e.Fatal);
        Assert.Empty(issues);
    }

    [Fact]
    public void A_required_member_fails_the_read_also_from_a_nested_model()
    {
        Assert.True(Assert.Throws<UnreadableValueException>(() => Read<Required>("""{"always":"x","allow_null":null}""", [])).Fatal);
        Assert.True(Assert.Throws<UnreadableValueException>(() => Read<Required>("""{"always":1,"allow_null":"x"}""", [])).Fatal);
        var nested = Assert.Throws<UnreadableValueException>(() => Read<OuterOfRequired>("""{"inner":{"always":"x","allow_null":null}}""", []));
        Assert.Equal("inner.always", nested.ValuePath);
    }

    [Fact]
    public void A_member_that_only_disallows_null_is_optional()
    {
        var issues = new List<ReadIssue>();

        var model = Read<Required>("""{"always":1,"allow_null":null,"disallow_null":"x"}""", issues);

        Assert.Equal(1, model.Always);
        Assert.Null(model.DisallowNull);
        Assert.Equal("disallow_null", Assert.Single(issues).Path);
    }

    [Fact]
    public void Malformed_json_and_a_missing_required_member_are_not_forgiven()
    {
        Assert.IsAssignableFrom<JsonException>(Record.Exception(() => Read<Optional>("""{"n":1,""", [])));
        var missing = Assert.Throws<JsonSerializationException>(() => Read<Required>("{}", []));
        Assert.IsNotType<UnreadableValueException>(missing);
    }

    [Fact]
    public void Without_a_session_a_read_is_tolerant_and_unreported()
    {
        var model = JsonConvert.DeserializeObject<Optional>("""{"n":"x","m":2}""", CustomGptJson.CreateSettings())!;

        Assert.Null(model.N);
        Assert.Equal(2, model.M);
        Assert.True(model.Extra.ContainsKey("n"));
    }

    static T Read<T>(string json, List<ReadIssue> issues, bool strict = false) => LoneValues.Read<T>(json, issues.Add, strict)!;

    sealed class Optional
    {
        [JsonProperty("n")] public int? N { get; set; }
        [JsonProperty("m")] public int? M { get; set; }
        [JsonExtensionData] public IDictionary<string, object> Extra { get; set; } = new Dictionary<string, object>();
    }

    sealed class Outer
    {
        [JsonProperty("inner")] public Optional? Inner { get; set; }
        [JsonProperty("after")] public int? After { get; set; }
        [JsonExtensionData] public IDictionary<string, object> Extra { get; set; } = new Dictionary<string, object>();
    }

    sealed class NoExtensionData
    {
        [JsonProperty("n")] public int? N { get; set; }
        [JsonProperty("m")] public int? M { get; set; }
    }

    sealed class WithList
    {
        [JsonProperty("items")] public List<int>? Items { get; set; }
        [JsonExtensionData] public IDictionary<string, object> Extra { get; set; } = new Dictionary<string, object>();
    }

    sealed class Required
    {
        [JsonProperty("always", Required = Newtonsoft.Json.Required.Always)] public int Always { get; set; }
        [JsonProperty("allow_null", Required = Newtonsoft.Json.Required.AllowNull)] public int? AllowNull { get; set; }
        [JsonProperty("disallow_null", Required = Newtonsoft.Json.Required.DisallowNull)] public int? DisallowNull { get; set; }
    }

    sealed class OuterOfRequired
    {
        [JsonProperty("inner")] public Required? Inner { get; set; }
        [JsonExtensionData] public IDictionary<string, object> Extra { get; set; } = new Dictionary<string, object>();
    }
}
