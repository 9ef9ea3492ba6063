using CustomGpt.Json;
using Newtonsoft.Json;
using static CustomGpt.Tests.TolerantReads.LoneValues;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// The tolerant integer, number and string converters value by value: the exact edges of int and
/// long, whole numbers written as decimals or text, which forms strict reads refuse, and what each
/// unreadable value is reported as.
/// </summary>
public class NumberConverterTests
{
    // ---- Integers

    [Theory]
    [InlineData("0", 0)]
    [InlineData("42", 42)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void Integers_within_int_read_as_int_even_strictly(string json, int expected)
    {
        Assert.Equal(expected, Read<int>(json));
        Assert.Equal(expected, Read<int?>(json, strict: true));
        Assert.Equal(expected, Read<long>(json));
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("9223372036854775807")]
    public void Integers_past_int_are_unreadable_ints_but_read_as_long(string json)
    {
        Assert.Equal("integer", Unreadable<int?>(json).ExpectedType);
        Assert.Equal(long.Parse(json), Read<long>(json));
        Assert.Equal(long.Parse(json), Read<long?>(json, strict: true));
    }

    [Theory]
    [InlineData("12.0", 12)]
    [InlineData("-3.0", -3)]
    [InlineData("\"42\"", 42)]
    [InlineData("\" 7 \"", 7)]
    [InlineData("\"1e3\"", 1000)]
    [InlineData("\"2147483647\"", int.MaxValue)]
    [InlineData("\"-2147483648\"", int.MinValue)]
    public void Whole_decimals_and_numbers_in_text_read_but_not_strictly(string json, int expected)
    {
        Assert.Equal(expected, Read<int>(json));
        Assert.Equal(expected, Read<int?>(json));
        Assert.True(Unreadable<int?>(json, strict: true).Fatal);
    }

    [Theory]
    [InlineData("12.5", "a decimal number")]
    [InlineData("\"12.5\"", "a string")]
    [InlineData("\"2147483648\"", "a string")]
    [InlineData("\"-2147483649\"", "a string")]
    [InlineData("2147483648.0", "a decimal number")]
    [InlineData("1e300", "a decimal number")]
    [InlineData("\"abc\"", "a string")]
    [InlineData("true", "a boolean")]
    [InlineData("[]", "an array")]
    [InlineData("{}", "an object")]
    public void Fractions_numbers_past_int_and_other_kinds_are_unreadable_ints(string json, string found)
    {
        var e = Unreadable<int?>(json);
        Assert.Equal("integer", e.ExpectedType);
        Assert.Equal(found, e.Found);
        Assert.False(e.Fatal);
    }

    [Theory]
    [InlineData("9223372036854775807.0")]
    [InlineData("\"9223372036854775808\"")]
    [InlineData("\"-9223372036854775809\"")]
    [InlineData("99999999999999999999999999999")]
    public void Numbers_past_long_are_unreadable_longs(string json) =>
        Assert.Equal("integer", Unreadable<long?>(json).ExpectedType);

    [Theory]
    [InlineData("\"9223372036854775807\"", long.MaxValue)]
    [InlineData("\"-9223372036854775808\"", long.MinValue)]
    [InlineData("4294967296.0", 4294967296L)]
    public void Longs_read_to_their_exact_edges_from_text_and_decimals(string json, long expected) =>
        Assert.Equal(expected, Read<long>(json));

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    public void An_empty_or_null_integer_is_null_where_null_is_allowed_and_unreadable_where_not(string json)
    {
        Assert.Null(Read<int?>(json));
        Assert.Null(Read<long?>(json));
        Assert.Equal("integer", Unreadable<int>(json).ExpectedType);
    }

    [Fact]
    public void Strict_reads_take_a_null_integer_but_not_an_empty_one()
    {
        Assert.Null(Read<int?>("null", strict: true));
        Assert.Equal("an empty string", Unreadable<int?>("\"\"", strict: true).Found);
    }

    [Fact]
    public void The_integer_converter_takes_int_and_long_only_and_only_reads()
    {
        var converter = new TolerantIntegerConverter();
        Assert.True(converter.CanConvert(typeof(int)));
        Assert.True(converter.CanConvert(typeof(int?)));
        Assert.True(converter.CanConvert(typeof(long)));
        Assert.True(converter.CanConvert(typeof(long?)));
        Assert.False(converter.CanConvert(typeof(short)));
        Assert.False(converter.CanConvert(typeof(double)));
        Assert.False(converter.CanWrite);
        Assert.Throws<NotSupportedException>(() => converter.WriteJson(new Newtonsoft.Json.Linq.JTokenWriter(), 1, JsonSerializer.CreateDefault()));
    }

    // ---- Numbers

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("42", 42.0)]
    [InlineData("-0.25", -0.25)]
    [InlineData("1e3", 1000.0)]
    public void Numbers_read_from_integers_and_decimals_even_strictly(string json, double expected)
    {
        Assert.Equal(expected, Read<double>(json));
        Assert.Equal(expected, Read<double?>(json, strict: true));
    }

    [Theory]
    [InlineData("\"0.5\"", 0.5)]
    [InlineData("\"-12\"", -12.0)]
    [InlineData("\"1e-2\"", 0.01)]
    public void Numbers_in_text_read_but_not_strictly(string json, double expected)
    {
        Assert.Equal(expected, Read<double>(json));
        Assert.Equal(expected, Read<double?>(json));
        Assert.Equal("number", Unreadable<double?>(json, strict: true).ExpectedType);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\" \"")]
    public void An_empty_or_null_number_is_null_where_null_is_allowed_and_unreadable_where_not(string json)
    {
        Assert.Null(Read<double?>(json));
        Assert.Equal("number", Unreadable<double>(json).ExpectedType);
    }

    [Fact]
    public void Strict_reads_take_a_null_number_but_not_an_empty_one()
    {
        Assert.Null(Read<double?>("null", strict: true));
        Assert.Equal("an empty string", Unreadable<double?>("\"\"", strict: true).Found);
    }

    [Theory]
    [InlineData("\"abc\"", "a string")]
    [InlineData("true", "a boolean")]
    [InlineData("{}", "an object")]
    public void Other_kinds_are_unreadable_numbers(string json, string found)
    {
        var e = Unreadable<double?>(json);
        Assert.Equal("number", e.ExpectedType);
        Assert.Equal(found, e.Found);
    }

    [Fact]
    public void The_number_converter_takes_double_only_and_only_reads()
    {
        var converter = new TolerantNumberConverter();
        Assert.True(converter.CanConvert(typeof(double)));
        Assert.True(converter.CanConvert(typeof(double?)));
        Assert.False(converter.CanConvert(typeof(decimal)));
        Assert.False(converter.CanWrite);
        Assert.Throws<NotSupportedException>(() => converter.WriteJson(new Newtonsoft.Json.Linq.JTokenWriter(), 1.0, JsonSerializer.CreateDefault()));
    }

    // ---- Strings

    [Theory]
    [InlineData("\"text\"", "text")]
    [InlineData("\"\"", "")]
    [InlineData("null", null)]
    public void Strings_and_null_read_as_they_are_even_strictly(string json, string? expected)
    {
        Assert.Equal(expected, Read<string>(json));
        Assert.Equal(expected, Read<string>(json, strict: true));
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    public void Numbers_and_booleans_read_as_their_text_but_not_strictly(string json, string expected)
    {
        Assert.Equal(expected, Read<string>(json));
        var e = Unreadable<string>(json, strict: true);
        Assert.Equal("string", e.ExpectedType);
        Assert.True(e.Fatal);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("{}", "an object")]
    public void Structures_are_unreadable_strings(string json, string found)
    {
        var e = Unreadable<string>(json);
        Assert.Equal("string", e.ExpectedType);
        Assert.Equal(found, e.Found);
    }

    [Fact]
    public void The_string_converter_takes_string_only_and_only_reads()
    {
        var converter = new TolerantStringConverter();
        Assert.True(converter.CanConvert(typeof(string)));
        Assert.False(converter.CanConvert(typeof(char)));
        Assert.False(converter.CanWrite);
        Assert.Throws<NotSupportedException>(() => converter.WriteJson(new Newtonsoft.Json.Linq.JTokenWriter(), "x", JsonSerializer.CreateDefault()));
    }

    // ---- What an unreadable value says

    [Fact]
    public void An_unreadable_value_names_the_path_the_type_and_the_kind_found_never_the_value()
    {
        var tolerant = new UnreadableValueException("data.id", "integer", "a string", strict: false);
        Assert.Equal("Expected integer at 'data.id', found a string.", tolerant.Message);
        Assert.Equal("data.id", tolerant.ValuePath);
        Assert.Equal("integer", tolerant.ExpectedType);
        Assert.Equal("a string", tolerant.Found);
        Assert.False(tolerant.Fatal);

        var strict = new UnreadableValueException("data.id", "integer", "a string", strict: true);
        Assert.Equal("Strict reads: expected integer at 'data.id', found a string.", strict.Message);
        Assert.True(strict.Fatal);
    }

    [Theory]
    [InlineData(JsonToken.StartObject, null, "an object")]
    [InlineData(JsonToken.StartArray, null, "an array")]
    [InlineData(JsonToken.Integer, 1L, "an integer")]
    [InlineData(JsonToken.Float, 1.5, "a decimal number")]
    [InlineData(JsonToken.String, "", "an empty string")]
    [InlineData(JsonToken.String, "x", "a string")]
    [InlineData(JsonToken.Boolean, true, "a boolean")]
    [InlineData(JsonToken.Null, null, "null")]
    [InlineData(JsonToken.Undefined, null, "null")]
    [InlineData(JsonToken.Raw, null, "Raw")]
    public void Each_kind_of_value_has_its_name(JsonToken token, object? value, string name) =>
        Assert.Equal(name, ReadValues.Describe(token, value));
}
