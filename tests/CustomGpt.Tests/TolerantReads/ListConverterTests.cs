using System.Collections.ObjectModel;
using CustomGpt.Json;
using static CustomGpt.Tests.TolerantReads.LoneValues;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// The tolerant list converter on lone lists: arrays, the index-keyed objects and empty objects PHP
/// writes for arrays, and what is unreadable as a list, each named by its item type.
/// </summary>
public class ListConverterTests
{
    [Fact]
    public void An_array_reads_in_order_even_strictly()
    {
        Assert.Equal([3, 1, 2], Read<List<int>>("[3,1,2]"));
        Assert.Equal(["a", "b"], Read<IList<string>>("""["a","b"]""", strict: true));
        Assert.Equal([1L, 2L], Read<ICollection<long>>("[1,2]"));
        Assert.Null(Read<List<int>>("null"));
    }

    [Fact]
    public void An_index_keyed_object_reads_as_its_array_in_index_order_but_not_strictly()
    {
        Assert.Equal(["zero", "one", "two"], Read<List<string>>("""{"2":"two","0":"zero","1":"one"}"""));
        var e = Unreadable<List<string>>("""{"0":"zero"}""", strict: true);
        Assert.Equal("an index-keyed object", e.Found);
        Assert.Equal("array of string", e.ExpectedType);
    }

    [Fact]
    public void An_empty_object_is_an_empty_list_but_not_strictly()
    {
        var list = Read<IList<int>>("{}");
        Assert.NotNull(list);
        Assert.Empty(list);
        Assert.Equal("an empty object", Unreadable<List<int>>("{}", strict: true).Found);
    }

    [Theory]
    [InlineData("""{"a":1}""")]
    [InlineData("""{"-1":1}""")]
    [InlineData("""{"0":1,"00":2}""")]
    [InlineData("""{" 1":1}""")]
    public void An_object_with_other_keys_is_an_unreadable_list(string json)
    {
        var e = Unreadable<List<int>>(json);
        Assert.Equal("array of integer", e.ExpectedType);
        Assert.Equal("an object", e.Found);
        Assert.Equal(Newtonsoft.Json.Linq.JToken.Parse(json).ToString(), e.Raw!.ToString());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"[]\"")]
    [InlineData("true")]
    public void A_scalar_is_an_unreadable_list(string json) =>
        Assert.Equal("array of integer", Unreadable<List<long?>>(json).ExpectedType);

    [Fact]
    public void The_expected_type_names_the_item_type()
    {
        Assert.Equal("array of string", Unreadable<List<string>>("1").ExpectedType);
        Assert.Equal("array of integer", Unreadable<List<int?>>("1").ExpectedType);
        Assert.Equal("array of Agent", Unreadable<List<Agent>>("1").ExpectedType);
        Assert.Equal("array of Double", Unreadable<List<double>>("1").ExpectedType);
    }

    [Fact]
    public void Items_inside_an_index_keyed_object_are_read_by_their_own_converters()
    {
        Assert.Equal([true, false], Read<List<bool>>("""{"0":"1","1":0}"""));
        Assert.Equal([5L, 7L], Read<List<long>>("""{"1":"7","0":5.0}"""));
    }

    [Fact]
    public void Only_list_types_a_list_can_fill_get_the_converter()
    {
        var resolver = TolerantContractResolver.Instance;
        Assert.IsType<TolerantListConverter>(resolver.ResolveContract(typeof(List<int>)).Converter);
        Assert.IsType<TolerantListConverter>(resolver.ResolveContract(typeof(IList<string>)).Converter);
        Assert.IsType<TolerantListConverter>(resolver.ResolveContract(typeof(ICollection<Agent>)).Converter);
        Assert.IsNotType<TolerantListConverter>(resolver.ResolveContract(typeof(int[])).Converter);
        Assert.IsNotType<TolerantListConverter>(resolver.ResolveContract(typeof(ReadOnlyCollection<int>)).Converter);
        Assert.IsNotType<TolerantListConverter>(resolver.ResolveContract(typeof(HashSet<int>)).Converter);
    }
}
