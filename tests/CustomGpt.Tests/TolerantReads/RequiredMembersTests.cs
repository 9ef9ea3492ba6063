using CustomGpt.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// The SDK checks its models' required members itself (one bit per member) instead of Newtonsoft
/// (a dictionary of every property per object read). The outcome must be Newtonsoft's: the same
/// models read the same way, and every answer Newtonsoft refuses is refused, naming the member.
/// Test models get the SDK's converters through <see cref="TestResolver"/>, with and without the
/// SDK's check, so the two can be compared on one model.
/// </summary>
public class RequiredMembersTests
{
    public static TheoryData<string> Answers() =>
    [
        """{"id":1,"name":"a","note":null}""",
        """{"id":1,"name":"a","note":"n","child":{"id":2,"name":"b","note":null},"extra":3}""",
        """{"child":{"id":2,"name":"b","note":null},"id":1,"name":"a","note":null}""",
        """{"id":1,"name":"a"}""",
        """{"name":"a","note":null}""",
        """{}""",
        """{"id":1,"name":null,"note":null}""",
        """{"id":null,"name":"a","note":null}""",
        """{"id":"1","name":"a","note":null}""",
        """{"id":1,"name":"a","note":null,"child":{"id":2,"note":null}}""",
        """{"id":1,"name":"a","note":null,"child":{"id":2,"name":"b"}}""",
        """{"child":{"id":2,"name":"b","note":null},"name":"a","note":null}""",
        """{"id":1,"name":null,"name":"a","note":null}""",
        """{"id":1,"name":"a","name":null,"note":null}""",
        """{"id":1,"name":"","note":null}""",
        """{"id":1,"name":"a","note":null,"child":null}""",
        """{"id":1,"name":"a","note":null,"children":[{"id":2,"name":"b","note":null},{"id":3,"name":"c"}]}""",
        """{"id":1,"name":"a","note":null,"children":[{"id":2,"name":"b","note":null}]}""",
    ];

    [Theory]
    [MemberData(nameof(Answers))]
    public void The_sdk_check_reads_and_refuses_what_newtonsoft_does(string json) => AssertSameOutcome<Item>(json);

    [Theory]
    [InlineData("""{"count":2}""")]
    [InlineData("""{"count":null}""")]
    [InlineData("""{"count":""}""")]
    [InlineData("{}")]
    public void A_nullable_number_that_must_have_a_value_is_checked_as_newtonsoft_does(string json) => AssertSameOutcome<Counted>(json);

    [Theory]
    [InlineData("""{"id":1,"tag":null}""")]
    [InlineData("""{"id":1,"tag":"x"}""")]
    [InlineData("""{"id":1}""")]
    public void A_member_that_may_be_null_keeps_its_start_value_for_a_null_as_before(string json) => AssertSameOutcome<Tagged>(json);

    [Fact]
    public void A_model_writes_as_it_did_when_newtonsoft_checked_it()
    {
        var model = new Item { Id = 0, Name = null!, Child = new Item { Id = 3, Name = "c" } };

        var sdk = JsonConvert.SerializeObject(model, Settings(checkedBySdk: true));

        Assert.Equal(JsonConvert.SerializeObject(model, Settings(checkedBySdk: false)), sdk);
        Assert.Equal("""{"id":0,"child":{"id":3,"name":"c"}}""", sdk);
    }

    [Fact]
    public void A_missing_member_is_named_with_where_its_object_was()
    {
        var failure = Outcome("""{"id":1,"name":"a","note":null,"child":{"id":2,"note":null}}""", checkedBySdk: true).Failure;

        var exception = Assert.IsType<JsonSerializationException>(failure);
        Assert.Equal("The required member 'name' is missing from the object at 'child' (line 1, position 59).", exception.Message);
        Assert.Equal("child", exception.Path);
        Assert.Equal(1, exception.LineNumber);
        Assert.Equal(59, exception.LinePosition);
    }

    [Fact]
    public void A_null_member_that_must_have_a_value_is_named()
    {
        var failure = Outcome("""{"id":1,"name":null,"note":null}""", checkedBySdk: true).Failure;

        Assert.Equal("The required member 'name' is null in the top-level object (line 1, position 32).", Assert.IsType<JsonSerializationException>(failure).Message);
    }

    [Fact]
    public void Without_line_information_the_failure_says_where_without_it()
    {
        var serializer = Serializer(checkedBySdk: true);
        var token = new JObject { ["id"] = 1, ["note"] = null };

        var failure = Assert.Throws<JsonSerializationException>(() => serializer.Deserialize<Item>(new JTokenReader(token)));

        Assert.Equal("The required member 'name' is missing from the top-level object.", failure.Message);
        Assert.Equal(0, failure.LineNumber);
    }

    [Fact]
    public void A_member_that_may_be_null_must_still_appear()
    {
        var failure = Outcome("""{"id":1,"name":"a"}""", checkedBySdk: true).Failure;

        Assert.Contains("'note' is missing from the top-level object", Assert.IsType<JsonSerializationException>(failure).Message);
    }

    [Fact]
    public void A_null_where_an_integer_is_required_is_unreadable_and_fatal()
    {
        var failure = Assert.IsType<UnreadableValueException>(Outcome("""{"id":null,"name":"a","note":null}""", checkedBySdk: true).Failure);

        Assert.Equal("id", failure.ValuePath);
        Assert.True(failure.Fatal);
    }

    [Fact]
    public void The_sdk_models_leave_newtonsoft_nothing_to_track()
    {
        var contract = (JsonObjectContract)TolerantContractResolver.Instance.ResolveContract(typeof(Conversation));
        var id = contract.Properties.GetClosestMatchProperty("id")!;
        var sessionId = contract.Properties.GetClosestMatchProperty("session_id")!;

        Assert.All(contract.Properties, property => Assert.Equal(Required.Default, property.Required));
        Assert.Equal(Required.Always, RequiredMembers.KindOf(contract, id));
        Assert.Equal(Required.Always, RequiredMembers.KindOf(contract, sessionId));
        Assert.Equal(Required.Default, RequiredMembers.KindOf(contract, contract.Properties.GetClosestMatchProperty("created_at")!));
    }

    [Theory]
    [InlineData(typeof(ItemRequiredModel))]
    [InlineData(typeof(DisallowNullModel))]
    [InlineData(typeof(ReadOnlyModel))]
    [InlineData(typeof(DefaultsModel))]
    [InlineData(typeof(WrittenUnderConditionModel))]
    public void Requirements_that_need_more_than_a_name_and_a_value_stay_with_newtonsoft(Type model)
    {
        var contract = (JsonObjectContract)new DefaultContractResolver().ResolveContract(model);
        var before = contract.Properties.Select(p => p.Required).ToList();

        Assert.Null(RequiredMembers.TakeOver(contract));
        Assert.Equal(before, contract.Properties.Select(p => p.Required));
    }

    [Fact]
    public void A_member_read_under_a_condition_of_its_own_stays_with_newtonsoft()
    {
        var contract = (JsonObjectContract)new DefaultContractResolver().ResolveContract(typeof(NoRequired));
        var id = contract.Properties.Single();
        id.Required = Required.Always;
        Predicate<object> condition = _ => true;
        id.ShouldDeserialize = condition;

        Assert.Null(RequiredMembers.TakeOver(contract));
        Assert.Same(condition, id.ShouldDeserialize);
        Assert.Equal(Required.Always, id.Required);
    }

    [Fact]
    public void A_model_without_required_members_is_left_as_it_is()
    {
        var contract = (JsonObjectContract)new DefaultContractResolver().ResolveContract(typeof(NoRequired));

        Assert.Null(RequiredMembers.TakeOver(contract));
        Assert.All(contract.Properties, p => Assert.Null(p.ShouldDeserialize));
    }

    static (string? Read, Exception? Failure) Outcome(string json, bool checkedBySdk) => Outcome<Item>(json, checkedBySdk);

    // The same model read (or the read refused) through the SDK's check as through Newtonsoft's.
    static void AssertSameOutcome<T>(string json)
    {
        var own = Outcome<T>(json, checkedBySdk: false);
        var sdk = Outcome<T>(json, checkedBySdk: true);

        Assert.Equal(own.Read, sdk.Read);
        Assert.Equal(own.Failure is null, sdk.Failure is null);
        if (sdk.Failure is not null) Assert.IsAssignableFrom<JsonSerializationException>(sdk.Failure);
    }

    // The read's result as JSON (so two reads compare by value), or how it failed.
    static (string? Read, Exception? Failure) Outcome<T>(string json, bool checkedBySdk)
    {
        var serializer = Serializer(checkedBySdk);
        T? model;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json));
            model = serializer.Deserialize<T>(reader);
        }
        catch (JsonException e)
        {
            return (null, e);
        }
        // Written without the models' requirements, so a model read with a missing or null member shows as read.
        return (JsonConvert.SerializeObject(model, new JsonSerializerSettings { ContractResolver = new WithoutRequirements() }), null);
    }

    sealed class WithoutRequirements : DefaultContractResolver
    {
        protected override JsonProperty CreateProperty(System.Reflection.MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            property.Required = Required.Default;
            return property;
        }
    }

    static JsonSerializer Serializer(bool checkedBySdk) => JsonSerializer.Create(Settings(checkedBySdk));

    static JsonSerializerSettings Settings(bool checkedBySdk)
    {
        var settings = CustomGptJson.CreateSettings();
        settings.ContractResolver = new TestResolver(checkedBySdk);
        return settings;
    }

    /// <summary>The SDK's resolver for the SDK's own models, for this file's models: scalars get the SDK's converters, models its object converter.</summary>
    sealed class TestResolver(bool checkedBySdk) : DefaultContractResolver
    {
        protected override JsonContract CreateContract(Type objectType)
        {
            var contract = base.CreateContract(objectType);
            contract.Converter = contract is JsonObjectContract model && objectType.DeclaringType == typeof(RequiredMembersTests)
                ? new TolerantObjectConverter(model, checkedBySdk ? RequiredMembers.TakeOver(model) : null)
                : TolerantContractResolver.Instance.ResolveContract(objectType).Converter;
            return contract;
        }
    }

    sealed class Item
    {
        [JsonProperty("id", Required = Required.Always)] public int Id { get; set; }
        [JsonProperty("name", Required = Required.Always)] public string Name { get; set; } = default!;
        [JsonProperty("note", Required = Required.AllowNull)] public string? Note { get; set; }
        [JsonProperty("child")] public Item? Child { get; set; }
        [JsonProperty("children")] public List<Item>? Children { get; set; }
        [JsonProperty("extra")] public int? Extra { get; set; }
    }

    sealed class Tagged
    {
        [JsonProperty("id", Required = Required.Always)] public int Id { get; set; }
        [JsonProperty("tag", Required = Required.AllowNull)] public string? Tag { get; set; } = "start";
    }

    sealed class Counted
    {
        [JsonProperty("count", Required = Required.Always)] public int? Count { get; set; }
    }

    [JsonObject(ItemRequired = Required.Always)]
    sealed class ItemRequiredModel
    {
        [JsonProperty("id")] public int Id { get; set; }
    }

    sealed class DisallowNullModel
    {
        [JsonProperty("id", Required = Required.Always)] public int Id { get; set; }
        [JsonProperty("name", Required = Required.DisallowNull)] public string? Name { get; set; }
    }

    sealed class ReadOnlyModel
    {
        [JsonProperty("id", Required = Required.Always)] public int Id { get; } = 1;
    }

    sealed class WrittenUnderConditionModel
    {
        [JsonProperty("name", Required = Required.Always)] public string Name { get; set; } = default!;

        public bool ShouldSerializeName() => Name.Length > 0;
    }

    sealed class DefaultsModel
    {
        [JsonProperty("id", Required = Required.Always)] public int Id { get; set; }
        [JsonProperty("size", DefaultValueHandling = DefaultValueHandling.Populate)] public int Size { get; set; }
    }

    sealed class NoRequired
    {
        [JsonProperty("id")] public int Id { get; set; }
    }
}
