using System.Buffers;
using CustomGpt.Json;
using Newtonsoft.Json;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// Which converter the contract resolver attaches to each type (a converter named on the type keeps
/// precedence), and the character pool the readers borrow from.
/// </summary>
public class ResolverTests
{
    [Theory]
    [InlineData(typeof(bool), typeof(TolerantBooleanConverter))]
    [InlineData(typeof(int?), typeof(TolerantIntegerConverter))]
    [InlineData(typeof(long), typeof(TolerantIntegerConverter))]
    [InlineData(typeof(double), typeof(TolerantNumberConverter))]
    [InlineData(typeof(string), typeof(TolerantStringConverter))]
    [InlineData(typeof(DateTimeOffset?), typeof(TolerantDateTimeOffsetConverter))]
    [InlineData(typeof(AgentType), typeof(TolerantEnumConverter))]
    [InlineData(typeof(AgentStats), typeof(TolerantObjectConverter))]
    [InlineData(typeof(List<int>), typeof(TolerantListConverter))]
    public void Each_kind_of_type_gets_its_tolerant_converter(Type type, Type converter) =>
        Assert.IsType(converter, TolerantContractResolver.Instance.ResolveContract(type).Converter);

    [Fact]
    public void A_type_no_converter_handles_gets_none() =>
        Assert.Null(TolerantContractResolver.Instance.ResolveContract(typeof(Guid)).Converter);

    [Fact]
    public void A_converter_named_on_the_type_keeps_precedence()
    {
        Assert.IsType<FixedConverter>(TolerantContractResolver.Instance.ResolveContract(typeof(Named)).Converter);
        Assert.Equal(42, JsonConvert.DeserializeObject<Named>("[]", CustomGptJson.CreateSettings())!.Value);
    }

    [Fact]
    public void The_pool_lends_arrays_long_enough_and_takes_them_back()
    {
        var pool = SharedCharArrayPool.Instance;

        var array = pool.Rent(300);
        Assert.True(array.Length >= 300);
        pool.Return(array);
        pool.Return(null);

        // The shared pool hands the array just returned on this thread out again.
        Assert.Same(array, ArrayPool<char>.Shared.Rent(300));
    }

    [Newtonsoft.Json.JsonConverter(typeof(FixedConverter))]
    sealed class Named
    {
        public int Value { get; init; }
    }

    sealed class FixedConverter : Newtonsoft.Json.JsonConverter
    {
        public override bool CanConvert(Type objectType) => objectType == typeof(Named);

        public override object ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            reader.Skip();
            return new Named { Value = 42 };
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();
    }
}
