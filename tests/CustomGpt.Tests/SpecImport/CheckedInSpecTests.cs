using CustomGpt.SpecTool.Import;
using Microsoft.OpenApi.Readers;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.SpecImport;

/// <summary>The checked-in contract against its inputs: reproducible, valid, complete, in our words.</summary>
public class CheckedInSpecTests
{
    static string VendorOrSkip()
    {
        Skip.IfNot(File.Exists(RepoFiles.VendorDocument),
            $"The vendor's reference copy is absent ({RepoFiles.VendorDocument}); nothing to compare with.");
        return File.ReadAllText(RepoFiles.VendorDocument);
    }

    [SkippableFact]
    public void Reimporting_the_vendor_document_with_our_overlays_and_docs_reproduces_the_spec_byte_for_byte()
    {
        var fresh = SpecImporter.Import(RepoFiles.ImportInputs(VendorOrSkip()));
        var checkedIn = File.ReadAllText(RepoFiles.Spec);
        Assert.True(fresh == checkedIn,
            "spec/customgpt.openapi.json is not what the importer makes of the vendor document, spec/overlays and spec/docs; " +
            "run `dotnet run --project tools/CustomGpt.SpecTool -- import` and commit the result.");
    }

    [SkippableFact]
    public void The_vendor_lock_names_the_reference_copy_and_its_hash()
    {
        VendorOrSkip();
        var locked = VendorLock.Read(RepoFiles.VendorLock);
        Assert.Equal(Path.GetFullPath(RepoFiles.VendorDocument), Path.GetFullPath(Path.Combine(RepoFiles.Root, locked.Source)));
        Assert.Null(locked.Mismatch(File.ReadAllBytes(RepoFiles.VendorDocument), RepoFiles.VendorDocument));
    }

    [SkippableFact]
    public void The_import_is_deterministic_with_lf_line_ends_and_a_final_newline()
    {
        var inputs = RepoFiles.ImportInputs(VendorOrSkip());
        var first = SpecImporter.Import(inputs);
        var second = SpecImporter.Import(inputs);
        Assert.Equal(first, second);
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("}\n", first);
    }

    [Fact]
    public void The_spec_loads_with_zero_errors_in_Microsoft_OpenApi()
    {
        using var stream = File.OpenRead(RepoFiles.Spec);
        new OpenApiStreamReader().Read(stream, out var diagnostic);
        Assert.Empty(diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
    }

    [SkippableFact]
    public void Every_vendor_operation_has_a_counterpart_in_ours()
    {
        var vendor = CanonicalJson.Parse(VendorOrSkip(), "vendor");
        var ours = CanonicalJson.Parse(File.ReadAllText(RepoFiles.Spec), "spec");
        static IEnumerable<string> Keys(JObject d) => OperationGuard.Operations(d).Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}");
        Assert.Equal(Keys(vendor).Order(), Keys(ours).Order());
        Assert.Equal(45, Keys(ours).Count());
    }

    [SkippableFact]
    public void No_description_or_summary_of_the_vendor_survives_in_ours()
    {
        var vendor = CanonicalJson.Parse(VendorOrSkip(), "vendor");
        var ours = CanonicalJson.Parse(File.ReadAllText(RepoFiles.Spec), "spec");
        static HashSet<string> Prose(JObject d) => d.Descendants().OfType<JProperty>()
            .Where(p => p.Name is "description" or "summary" && p.Value.Type == JTokenType.String)
            .Select(p => (string)p.Value!).Where(s => s.Length > 20).ToHashSet();
        Assert.Empty(Prose(vendor).Intersect(Prose(ours)));
    }

    [Fact]
    public void Every_operation_and_parameter_is_described_in_our_words()
    {
        var ours = CanonicalJson.Parse(File.ReadAllText(RepoFiles.Spec), "spec");
        var missing = OperationGuard.Operations(ours)
            .SelectMany(o => new[] { o.Operation["description"] == null ? $"{o.Path} {o.Method}" : null }
                .Concat((o.Operation["parameters"] as JArray ?? []).Where(p => p["description"] == null)
                    .Select(p => $"{o.Path} {o.Method} parameter {p["name"]}")))
            .OfType<string>().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Enum_member_descriptions_reach_the_generator_as_NJsonSchema_reads_them()
    {
        var spec = CanonicalJson.Parse(File.ReadAllText(RepoFiles.Spec), "spec");
        var enums = ((JObject)spec["components"]!["schemas"]!).Properties().Where(p => p.Value["enum"] != null).ToList();
        Assert.NotEmpty(enums);
        foreach (var component in enums)
        {
            var schema = await NJsonSchema.JsonSchema.FromJsonAsync(component.Value.ToString());
            Assert.Equal(schema.Enumeration.Count, schema.EnumerationDescriptions.Count);
            Assert.All(schema.EnumerationDescriptions, d => Assert.False(string.IsNullOrWhiteSpace(d), component.Name));
        }
    }
}
