using CustomGpt.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static CustomGpt.Tests.TolerantReads.LoneValues;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>
/// The tolerant timestamp, boolean and enum converters value by value, as the client's serializer
/// reads a lone value: what each JSON form becomes, which forms strict reads refuse, and what stays
/// unreadable (a lone value has no member to leave unset, so the unreadable value is thrown).
/// </summary>
public class ScalarConverterTests
{
    static T? ReadToken<T>(JToken token)
    {
        var serializer = JsonSerializer.Create(CustomGptJson.CreateSettings());
        return token.ToObject<T>(serializer);
    }

    // ---- Timestamps

    [Theory]
    [InlineData("\"2023-06-24T21:40:24+02:00\"", "2023-06-24T21:40:24+02:00")]
    [InlineData("\" 2023-06-24 21:40:24 \"", "2023-06-24T21:40:24+00:00")]
    [InlineData("\"2023-06-24\"", "2023-06-24T00:00:00+00:00")]
    [InlineData("1687642824", "2023-06-24T21:40:24+00:00")]
    [InlineData("0", "1970-01-01T00:00:00+00:00")]
    [InlineData("-62135596800", "0001-01-01T00:00:00+00:00")]
    [InlineData("253402300799", "9999-12-31T23:59:59+00:00")]
    public void Timestamps_read_from_text_and_unix_seconds(string json, string expected)
    {
        var wanted = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        var nullable = Read<DateTimeOffset?>(json);
        Assert.Equal(wanted, nullable);
        Assert.Equal(wanted.Offset, nullable!.Value.Offset);
        Assert.Equal(wanted, Read<DateTimeOffset>(json));
    }

    [Theory]
    [InlineData("-62135596801")]
    [InlineData("253402300800")]
    [InlineData("1.5")]
    [InlineData("true")]
    [InlineData("\"not a date\"")]
    [InlineData("\"2023-02-29 10:00:00\"")]
    [InlineData("{}")]
    public void Timestamps_out_of_range_or_of_another_kind_are_unreadable(string json)
    {
        var e = Unreadable<DateTimeOffset?>(json);
        Assert.Equal("timestamp", e.ExpectedType);
        Assert.False(e.Fatal);
        Assert.IsType<UnreadableValueException>(Assert.Throws<UnreadableValueException>(() => Read<DateTimeOffset>(json)));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    [InlineData("null")]
    public void An_empty_or_null_timestamp_is_null_where_null_is_allowed_and_unreadable_where_not(string json)
    {
        Assert.Null(Read<DateTimeOffset?>(json));
        var e = Unreadable<DateTimeOffset>(json);
        Assert.Equal("timestamp", e.ExpectedType);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("1687642824")]
    public void Strict_reads_refuse_the_departing_timestamp_forms(string json)
    {
        var e = Unreadable<DateTimeOffset?>(json, strict: true);
        Assert.True(e.Fatal);
        Assert.Equal("timestamp", e.ExpectedType);
    }

    [Fact]
    public void Strict_reads_take_null_and_timestamp_text()
    {
        Assert.Null(Read<DateTimeOffset?>("null", strict: true));
        Assert.Equal(new DateTimeOffset(2023, 6, 24, 21, 40, 24, TimeSpan.Zero), Read<DateTimeOffset?>("\"2023-06-24 21:40:24\"", strict: true));
    }

    [Fact]
    public void A_date_token_keeps_its_offset_and_an_unzoned_one_is_utc()
    {
        var zoned = new DateTimeOffset(2023, 6, 24, 23, 40, 24, TimeSpan.FromHours(2));
        var read = ReadToken<DateTimeOffset?>(new JValue(zoned));
        Assert.Equal(zoned, read);
        Assert.Equal(TimeSpan.FromHours(2), read!.Value.Offset);

        var unzoned = ReadToken<DateTimeOffset>(new JValue(new DateTime(2023, 6, 24, 21, 40, 24, DateTimeKind.Unspecified)));
        Assert.Equal(new DateTimeOffset(2023, 6, 24, 21, 40, 24, TimeSpan.Zero), unzoned);
        Assert.Equal(TimeSpan.Zero, unzoned.Offset);
    }

    [Fact]
    public void The_timestamp_converter_takes_both_timestamp_types_and_only_reads()
    {
        var converter = new TolerantDateTimeOffsetConverter();
        Assert.True(converter.CanConvert(typeof(DateTimeOffset)));
        Assert.True(converter.CanConvert(typeof(DateTimeOffset?)));
        Assert.False(converter.CanConvert(typeof(DateTime)));
        Assert.False(converter.CanWrite);
        Assert.Throws<NotSupportedException>(() => converter.WriteJson(new JTokenWriter(), DateTimeOffset.UnixEpoch, JsonSerializer.CreateDefault()));
    }

    // ---- Booleans

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    public void Booleans_read_from_json_booleans_and_bits_even_strictly(string json, bool expected)
    {
        Assert.Equal(expected, Read<bool>(json));
        Assert.Equal(expected, Read<bool?>(json));
        Assert.Equal(expected, Read<bool?>(json, strict: true));
    }

    [Theory]
    [InlineData("\"true\"", true)]
    [InlineData("\" TRUE \"", true)]
    [InlineData("\"1\"", true)]
    [InlineData("\"yes\"", true)]
    [InlineData("\"On\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("\"0\"", false)]
    [InlineData("\"No\"", false)]
    [InlineData("\"off\"", false)]
    public void Booleans_read_from_the_words_of_older_records_but_not_strictly(string json, bool expected)
    {
        Assert.Equal(expected, Read<bool>(json));
        Assert.Equal(expected, Read<bool?>(json));
        var e = Unreadable<bool?>(json, strict: true);
        Assert.Equal("boolean", e.ExpectedType);
        Assert.Equal("a string", e.Found);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\" \"")]
    [InlineData("\"null\"")]
    public void An_empty_or_null_boolean_is_null_where_null_is_allowed_and_false_where_not(string json)
    {
        Assert.Null(Read<bool?>(json));
        Assert.False(Read<bool>(json));
    }

    [Fact]
    public void Strict_reads_take_null_but_not_empty_text_as_a_boolean()
    {
        Assert.Null(Read<bool?>("null", strict: true));
        Assert.Equal("an empty string", Unreadable<bool?>("\"\"", strict: true).Found);
    }

    [Theory]
    [InlineData("2", "an integer")]
    [InlineData("-1", "an integer")]
    [InlineData("0.5", "a decimal number")]
    [InlineData("1.0", "a decimal number")]
    [InlineData("\"maybe\"", "a string")]
    [InlineData("\"10\"", "a string")]
    [InlineData("[]", "an array")]
    [InlineData("{}", "an object")]
    public void Other_numbers_words_and_structures_are_unreadable_booleans(string json, string found)
    {
        var e = Unreadable<bool?>(json);
        Assert.Equal("boolean", e.ExpectedType);
        Assert.Equal(found, e.Found);
        Assert.Throws<UnreadableValueException>(() => Read<bool>(json));
    }

    [Fact]
    public void The_boolean_converter_takes_both_boolean_types_and_only_reads()
    {
        var converter = new TolerantBooleanConverter();
        Assert.True(converter.CanConvert(typeof(bool)));
        Assert.True(converter.CanConvert(typeof(bool?)));
        Assert.False(converter.CanConvert(typeof(int)));
        Assert.False(converter.CanWrite);
        Assert.Throws<NotSupportedException>(() => converter.WriteJson(new JTokenWriter(), true, JsonSerializer.CreateDefault()));
    }

    // ---- Enums

    [Fact]
    public void Enums_read_from_the_names_the_api_spells()
    {
        Assert.Equal(ChatbotModel.Claude35Sonnet, Read<ChatbotModel>("\"claude-3.5-sonnet\""));
        Assert.Equal(ChatbotModel.Gpt4oMini, Read<ChatbotModel?>("\"gpt-4o-mini\"", strict: true));
        Assert.Null(Read<ChatbotModel?>("null"));
    }

    [Theory]
    [InlineData("\"gpt-9\"", "a string")]
    [InlineData("1", "an integer")]
    [InlineData("0", "an integer")]
    [InlineData("true", "a boolean")]
    [InlineData("{}", "an object")]
    public void An_unknown_name_a_number_or_another_kind_is_an_unreadable_enum(string json, string found)
    {
        var nullable = Unreadable<ChatbotModel?>(json);
        Assert.Equal(nameof(ChatbotModel), nullable.ExpectedType);
        Assert.Equal(found, nullable.Found);
        Assert.Equal(nameof(ChatbotModel), Unreadable<ChatbotModel>(json).ExpectedType);
    }

    [Fact]
    public void A_new_enum_converter_refuses_numbers()
    {
        var settings = new JsonSerializerSettings { Converters = { new TolerantEnumConverter() } };
        Assert.Throws<UnreadableValueException>(() => JsonConvert.DeserializeObject<ChatbotModel>("1", settings));
        Assert.Equal(ChatbotModel.Gpt4oMini, JsonConvert.DeserializeObject<ChatbotModel>("\"gpt-4o-mini\"", settings));
    }

    [Fact]
    public void Null_is_an_unreadable_value_for_an_enum_that_cannot_be_null()
    {
        var e = Unreadable<ChatbotModel>("null");
        Assert.Equal(nameof(ChatbotModel), e.ExpectedType);
        Assert.Equal("null", e.Found);
    }

    [Fact]
    public void Enums_are_written_as_the_api_spells_them()
    {
        var json = JsonConvert.SerializeObject(ChatbotModel.Claude35Sonnet, CustomGptJson.CreateSettings());
        Assert.Equal("\"claude-3.5-sonnet\"", json);
    }
}
