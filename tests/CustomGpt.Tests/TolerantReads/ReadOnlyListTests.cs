using CustomGpt.Json;
using static CustomGpt.Tests.TolerantReads.LoneValues;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// A read-only or enumerable list type, for which Newtonsoft has no constructor to hand the list
/// converter: it still gets the converter and reads arrays and index-keyed objects into a list.
/// </summary>
public class ReadOnlyListTests
{
    [Fact]
    public void A_read_only_list_reads_from_an_array_and_from_an_index_keyed_object()
    {
        Assert.Equal([1, 2], Read<IReadOnlyList<int>>("[1,2]"));
        Assert.Equal(["a", "b"], Read<IEnumerable<string>>("""{"1":"b","0":"a"}"""));
        Assert.Empty(Read<IReadOnlyCollection<long>>("{}")!);
    }

    [Fact]
    public void It_gets_the_list_converter() =>
        Assert.IsType<TolerantListConverter>(TolerantContractResolver.Instance.ResolveContract(typeof(IReadOnlyList<int>)).Converter);
}
