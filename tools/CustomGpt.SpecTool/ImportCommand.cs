using CustomGpt.SpecTool.Import;

namespace CustomGpt.SpecTool;

/// <summary>The <c>import</c> verb: writes (or with --check, verifies) spec/customgpt.openapi.json.</summary>
public static class ImportCommand
{
    /// <summary>Runs the verb; 0 on success, 1 when --check finds the spec out of date.</summary>
    public static async Task<int> RunAsync(CommandLine options)
    {
        var root = RepositoryRoot.Find();
        var vendor = options.Get("vendor", RepositoryRoot.VendorDocument(root));
        var overlay = options.Get("overlay", Path.Combine(root, "spec", "overlay.json"));
        var output = options.Get("out", Path.Combine(root, "spec", "customgpt.openapi.json"));

        var spec = SpecImporter.Import(await SpecImporter.ReadSourceAsync(vendor), await SpecImporter.ReadSourceAsync(overlay));

        if (options.Has("check"))
        {
            var current = File.Exists(output) ? await File.ReadAllTextAsync(output) : "";
            if (current == spec) { Console.WriteLine($"{output} is up to date."); return 0; }
            Console.Error.WriteLine($"{output} differs from a fresh import of {vendor} with {overlay}; run the import verb.");
            return 1;
        }
        await File.WriteAllTextAsync(output, spec, CanonicalJson.Utf8);
        Console.WriteLine($"Wrote {output}.");
        return 0;
    }
}
