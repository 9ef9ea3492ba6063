using CustomGpt.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static CustomGpt.Tests.TolerantReads.LoneValues;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// The tolerant object converter on lone models: an object is populated as Newtonsoft would, the
/// <c>[]</c> PHP writes for an empty object is an empty model (not strictly, and never for a model
/// with required members), and anything else is unreadable, named by the model's type.
/// </summary>
public class ObjectConverterTests
{
    [Fact]
    public void An_object_populates_the_model_members_and_extension_data()
    {
        var stats = Read<AgentStats>("""{"pages_found":3,"total_queries":"7","unknown":"kept"}""")!;

        Assert.Equal(3, stats.PagesFound);
        Assert.Equal(7, stats.TotalQueries);
        Assert.Equal("kept", stats.AdditionalProperties["unknown"]);
    }

    [Fact]
    public void An_empty_array_is_an_empty_model_but_not_strictly()
    {
        var stats = Read<AgentStats>("[]");

        Assert.NotNull(stats);
        Assert.Null(stats.PagesFound);
        Assert.Empty(stats.AdditionalProperties);
        var strict = Unreadable<AgentStats>("[]", strict: true);
        Assert.Equal("an empty array", strict.Found);
        Assert.Equal("object AgentStats", strict.ExpectedType);
        Assert.True(strict.Fatal);
    }

    [Fact]
    public void An_empty_array_is_unreadable_for_a_model_with_required_members()
    {
        var e = Unreadable<Agent>("[]");

        Assert.Equal("an empty array", e.Found);
        Assert.Equal("object Agent", e.ExpectedType);
        Assert.False(e.Fatal);
        Assert.True(JToken.DeepEquals(new JArray(), e.Raw));
    }

    [Fact]
    public void An_array_with_items_is_unreadable_and_kept_as_sent()
    {
        var e = Unreadable<AgentStats>("""[1,{"a":2}]""");

        Assert.Equal("an array", e.Found);
        Assert.Equal("object AgentStats", e.ExpectedType);
        Assert.True(JToken.DeepEquals(JToken.Parse("""[1,{"a":2}]"""), e.Raw));
    }

    [Theory]
    [InlineData("1", "an integer")]
    [InlineData("\"{}\"", "a string")]
    [InlineData("true", "a boolean")]
    public void A_scalar_is_an_unreadable_model(string json, string found)
    {
        var e = Unreadable<AgentStats>(json);

        Assert.Equal(found, e.Found);
        Assert.Equal("object AgentStats", e.ExpectedType);
    }

    [Fact]
    public void Null_is_no_model() => Assert.Null(Read<AgentStats>("null", strict: true));

    [Fact]
    public void A_model_inside_a_model_is_reported_at_its_path_and_the_reader_moves_past_it()
    {
        var issues = new List<ReadIssue>();
        var envelope = Read<AgentStatsEnvelope>("""{"data":[1,2],"status":"success"}""", issues.Add)!;

        Assert.Null(envelope.Data);
        Assert.Equal(ResponseStatus.Success, envelope.Status);
        Assert.True(JToken.DeepEquals(JToken.Parse("[1,2]"), (JToken)envelope.AdditionalProperties["data"]));
        var issue = Assert.Single(issues);
        Assert.Equal(("data", "object AgentStats", "an array"), (issue.Path, issue.ExpectedType, issue.Found));
    }

    [Fact]
    public void The_converter_serves_its_model_only_and_leaves_writing_to_newtonsoft()
    {
        var converter = Assert.IsType<TolerantObjectConverter>(TolerantContractResolver.Instance.ResolveContract(typeof(AgentStats)).Converter);

        Assert.True(converter.CanConvert(typeof(AgentStats)));
        Assert.False(converter.CanConvert(typeof(Agent)));
        Assert.False(converter.CanWrite);
        Assert.Throws<NotSupportedException>(() => converter.WriteJson(new JTokenWriter(), new AgentStats(), JsonSerializer.CreateDefault()));
        Assert.Equal("""{"pages_found":1}""", JsonConvert.SerializeObject(new AgentStats { PagesFound = 1 }, CustomGptJson.CreateSettings()));
    }

    [Fact]
    public void Only_the_sdk_models_created_without_arguments_get_the_converter()
    {
        var resolver = TolerantContractResolver.Instance;

        Assert.IsType<TolerantObjectConverter>(resolver.ResolveContract(typeof(Agent)).Converter);
        // A model of another assembly, one without a parameterless constructor, one whose is not public.
        Assert.Null(resolver.ResolveContract(typeof(OutsideModel)).Converter);
        Assert.Null(resolver.ResolveContract(typeof(ReadIssue)).Converter);
        Assert.Null(resolver.ResolveContract(typeof(ReadPolicy)).Converter);
    }

    sealed class OutsideModel
    {
        [JsonProperty("n")] public int? N { get; set; }
    }
}
