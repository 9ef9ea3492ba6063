using System.Globalization;
using System.Runtime.Serialization;
using CustomGpt.Http;
using Newtonsoft.Json;

namespace CustomGpt.Tests.Http;

/// <summary>A request object written as multipart/form-data: which fields go, under which names, as which text.</summary>
public class FormContentTests
{
    enum Visibility
    {
        [EnumMember(Value = "only_me")] OnlyMe,
        Everyone,
    }

    sealed class Form
    {
        [JsonProperty("project_name")] public string? Name { get; set; }
        [JsonProperty("is_shared")] public bool? Shared { get; set; }
        [JsonProperty("visibility")] public Visibility? Visibility { get; set; }
        [JsonProperty("temperature")] public double? Temperature { get; set; }
        [JsonProperty("max_pages")] public int? MaxPages { get; set; }
        [JsonProperty("example_questions[]")] public IList<string?>? Questions { get; set; }
        [JsonProperty("tags")] public IList<object?>? Tags { get; set; }
        [JsonProperty("file")] public FileParameter? File { get; set; }
        [JsonProperty("custom")] public object? Custom { get; set; }
        [JsonIgnore] public string? NotSent { get; set; } = "hidden";
        [JsonProperty("write_only")] public string WriteOnly { set { } }
    }

    static List<(string Name, string? FileName, string? Type, string Text)> Parts(Form form)
    {
        using var content = FormContent.Create(form);
        return content.Select(part => (
            part.Headers.ContentDisposition!.Name!.Trim('"'),
            part.Headers.ContentDisposition.FileName?.Trim('"'),
            part.Headers.ContentType?.MediaType,
            part.ReadAsStringAsync().GetAwaiter().GetResult())).ToList();
    }

    [Fact]
    public void The_boundary_is_a_fresh_guid_written_unquoted()
    {
        using var first = FormContent.Create(new Form());
        using var second = FormContent.Create(new Form());
        var header = string.Join(",", first.Headers.GetValues("Content-Type"));
        Assert.StartsWith("multipart/form-data; boundary=", header);
        var boundary = header["multipart/form-data; boundary=".Length..];
        Assert.True(Guid.TryParse(boundary, out _), header);
        Assert.NotEqual(header, string.Join(",", second.Headers.GetValues("Content-Type")));
    }

    [Fact]
    public void Unset_ignored_and_unreadable_properties_send_nothing() =>
        Assert.Empty(Parts(new Form()));

    [Fact]
    public void Scalars_go_under_their_json_names_as_the_api_spells_them()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // A culture with a decimal comma: the form is written invariant anyway.
            CultureInfo.CurrentCulture = new CultureInfo("sv-SE");
            var parts = Parts(new Form { Name = "Handbook", Shared = false, Visibility = Visibility.OnlyMe, Temperature = -0.5, MaxPages = 1200 });
            Assert.Equal(
                [("project_name", "Handbook"), ("is_shared", "false"), ("visibility", "only_me"), ("temperature", "-0.5"), ("max_pages", "1200")],
                parts.Select(p => (p.Name, p.Text)));
            Assert.All(parts, p => Assert.Null(p.FileName));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void True_and_an_enum_member_without_a_wire_name()
    {
        var parts = Parts(new Form { Shared = true, Visibility = Visibility.Everyone });
        Assert.Equal([("is_shared", "true"), ("visibility", "Everyone")], parts.Select(p => (p.Name, p.Text)));
    }

    [Fact]
    public void A_list_named_with_brackets_goes_as_indexed_fields_skipping_nulls()
    {
        var parts = Parts(new Form { Questions = ["Who?", null, "Why?"] });
        Assert.Equal([("example_questions[0]", "Who?"), ("example_questions[1]", "Why?")], parts.Select(p => (p.Name, p.Text)));
    }

    [Fact]
    public void Another_list_repeats_its_name_with_each_item_as_text()
    {
        var parts = Parts(new Form { Tags = ["a", 2, null, true, Visibility.OnlyMe] });
        Assert.Equal([("tags", "a"), ("tags", "2"), ("tags", "true"), ("tags", "only_me")], parts.Select(p => (p.Name, p.Text)));
    }

    [Fact]
    public void A_file_goes_as_a_file_part_with_its_name_and_type()
    {
        using var file = new FileParameter(new MemoryStream("%PDF"u8.ToArray()), "handbook.pdf", "application/pdf");
        var part = Assert.Single(Parts(new Form { File = file }));
        Assert.Equal(("file", "handbook.pdf", "application/pdf", "%PDF"), part);
    }

    [Fact]
    public void A_file_without_a_name_or_type_is_named_after_its_field_and_has_no_type()
    {
        using var file = new FileParameter(new MemoryStream([1, 2]));
        var part = Assert.Single(Parts(new Form { File = file }));
        Assert.Equal(("file", "file", (string?)null), (part.Name, part.FileName, part.Type));
    }

    [Fact]
    public void An_empty_content_type_is_not_sent()
    {
        using var file = new FileParameter(new MemoryStream([1]), "a.bin", "");
        Assert.Null(Assert.Single(Parts(new Form { File = file })).Type);
    }

    [Fact]
    public void A_content_type_with_parameters_is_kept_whole()
    {
        using var file = new FileParameter(new MemoryStream("x"u8.ToArray()), "a.txt", "text/plain; charset=utf-8");
        using var content = FormContent.Create(new Form { File = file });
        Assert.Equal("utf-8", content.Single().Headers.ContentType!.CharSet);
    }

    /// <summary>A value of no known kind, which says what it is through ToString (or says nothing).</summary>
    sealed class Described(string? text)
    {
        public override string? ToString() => text;
    }

    [Fact]
    public void A_value_of_another_kind_goes_as_its_text_and_one_without_text_as_empty()
    {
        Assert.Equal([("custom", "plan B")], Parts(new Form { Custom = new Described("plan B") }).Select(p => (p.Name, p.Text)));
        Assert.Equal([("custom", "")], Parts(new Form { Custom = new Described(null) }).Select(p => (p.Name, p.Text)));
    }
}
