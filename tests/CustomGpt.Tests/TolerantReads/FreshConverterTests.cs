using CustomGpt.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using static CustomGpt.Tests.TolerantReads.LoneValues;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// Converters built here rather than taken from the shared resolver, whose contracts are made once
/// per process: what a converter decides when it is built (does the model have required members,
/// which type does it serve) is checked on a converter this test built.
/// </summary>
public class FreshConverterTests
{
    static JsonContract Contract(Type type) => new DefaultContractResolver().ResolveContract(type);

    static object? ReadWith(Newtonsoft.Json.JsonConverter converter, Type type, string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        reader.Read();
        return converter.ReadJson(reader, type, null, JsonSerializer.Create(CustomGptJson.CreateSettings()));
    }

    [Fact]
    public void A_model_with_one_required_member_among_optional_ones_is_never_an_empty_array()
    {
        var converter = new TolerantObjectConverter((JsonObjectContract)Contract(typeof(Agent)));

        Assert.Equal("an empty array", Assert.Throws<UnreadableValueException>(() => ReadWith(converter, typeof(Agent), "[]")).Found);
    }

    [Fact]
    public void A_model_without_required_members_is_an_empty_array()
    {
        var converter = new TolerantObjectConverter((JsonObjectContract)Contract(typeof(AgentStats)));

        Assert.IsType<AgentStats>(ReadWith(converter, typeof(AgentStats), "[]"));
    }

    [Fact]
    public void A_list_converter_serves_its_own_list_type_only()
    {
        var converter = new TolerantListConverter((JsonArrayContract)Contract(typeof(List<int>)));

        Assert.True(converter.CanConvert(typeof(List<int>)));
        Assert.False(converter.CanConvert(typeof(List<long>)));
        Assert.False(converter.CanWrite);
        Assert.Equal([4, 2], Assert.IsType<List<int>>(ReadWith(converter, typeof(List<int>), """{"1":2,"0":4}""")));
    }

    [Fact]
    public void An_enum_reads_from_its_api_name_and_its_csharp_name_in_any_case_but_not_from_a_number()
    {
        Assert.Equal(AgentType.Sitemap, Read<AgentType>("\"SITEMAP\""));
        Assert.Equal(AgentType.Sitemap, Read<AgentType>("\"Sitemap\""));
        Assert.Equal(AgentType.Url, Read<AgentType?>("\"url\""));
        Assert.Equal("an integer", Unreadable<AgentType>("1").Found);
        Assert.Null(Read<AgentType?>("null"));
    }
}
