using CustomGpt.SpecTool.Import;

namespace CustomGpt.SpecTool;

/// <summary>The <c>import</c> verb: writes (or with --check, verifies) spec/customgpt.openapi.json.</summary>
public static class ImportCommand
{
    /// <summary>Exit code when the vendor document is not the one spec/vendor.lock.json names.</summary>
    public const int VendorChanged = 3;

    /// <summary>Runs the verb; 0 on success, 1 when --check finds the spec out of date, 3 when the vendor document is not the locked one.</summary>
    public static async Task<int> RunAsync(CommandLine options)
    {
        var root = RepositoryRoot.Find();
        var lockPath = Path.Combine(root, VendorLock.RelativePath);
        var locked = VendorLock.Read(lockPath);
        var vendor = options.Get("vendor", ResolveSource(root, locked.Source));
        var output = options.Get("out", Path.Combine(root, "spec", "customgpt.openapi.json"));

        var vendorBytes = await SpecImporter.ReadBytesAsync(vendor);
        if (options.Has("update-lock"))
        {
            var source = options.Has("vendor") ? vendor : locked.Source;
            new VendorLock(source, VendorLock.HashOf(vendorBytes)).Write(lockPath);
            Console.WriteLine($"{VendorLock.RelativePath} now locks {vendor}.");
        }
        else if (!options.Has("no-lock") && locked.Mismatch(vendorBytes, vendor) is { } mismatch)
        {
            Console.Error.WriteLine($"error: {mismatch}");
            return VendorChanged;
        }

        var spec = SpecImporter.Import(ImportInputs.FromRepository(root, new InputFile(vendor, SpecImporter.DecodeUtf8(vendorBytes))));

        if (options.Has("check"))
        {
            var current = File.Exists(output) ? await File.ReadAllTextAsync(output) : "";
            if (current == spec) { Console.WriteLine($"{output} is up to date."); return 0; }
            Console.Error.WriteLine($"{output} differs from a fresh import of {vendor} with spec/overlays and spec/docs; run the import verb.");
            return 1;
        }
        await File.WriteAllTextAsync(output, spec, CanonicalJson.Utf8);
        Console.WriteLine($"Wrote {output}.");
        return 0;
    }

    // The lock names its source relative to the repository (or as a URL).
    static string ResolveSource(string root, string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? source : Path.GetFullPath(Path.Combine(root, source));
}
