using System.CommandLine;
using CustomGpt.SpecTool.Import;

namespace CustomGpt.SpecTool;

/// <summary>The <c>import</c> verb: writes (or with --check, verifies) spec/customgpt.openapi.json.</summary>
public static class ImportCommand
{
    /// <summary>Exit code when the vendor document is not the one spec/vendor.lock.json names.</summary>
    public const int VendorChanged = 3;

    /// <summary>
    /// The verb's command: exit 0 on success, 1 when --check finds the spec out of date, 2 on bad
    /// input, 3 when the vendor document is not the locked one.
    /// </summary>
    public static Command Create()
    {
        var vendor = new Option<string?>("--vendor") { Description = "The vendor's OpenAPI document, a path or an http(s) URL (default: the source spec/vendor.lock.json names).", HelpName = "path|url" };
        var output = new Option<string?>("--out") { Description = "Where to write the spec (default: spec/customgpt.openapi.json).", HelpName = "path" };
        var check = new Option<bool>("--check") { Description = "Compare with --out instead of writing; exit 1 when it is out of date." };
        var updateLock = new Option<bool>("--update-lock") { Description = "Take up the vendor document: record its hash in spec/vendor.lock.json." };
        var noLock = new Option<bool>("--no-lock") { Description = "Import a vendor document that is not the locked one without taking it up (to compare it with ours)." };
        var command = new Command("import",
            "Applies our decisions (spec/overlays/corrections.json, spec/overlays/names.json, spec/docs/*.yaml) to the vendor's OpenAPI document and writes the spec the SDK is generated from. Runs inside the repository, whose spec/ it reads.")
        {
            vendor, output, check, updateLock, noLock,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            try
            {
                var root = RepositoryRoot.TryFind()
                    ?? throw new OutsideRepositoryException($"import reads spec/ of the CustomGpt .NET repository: run it there (no Generated.sln in {Directory.GetCurrentDirectory()} or above).");
                var lockPath = Path.Combine(root, VendorLock.RelativePath);
                var locked = VendorLock.Read(lockPath);
                var vendorPath = parse.GetValue(vendor) ?? ResolveSource(root, locked.Source);
                var outPath = parse.GetValue(output) ?? Path.Combine(root, "spec", "customgpt.openapi.json");

                var vendorBytes = await SpecImporter.ReadBytesAsync(vendorPath, cancellationToken);
                if (parse.GetValue(updateLock))
                {
                    var source = parse.GetValue(vendor) is { } given ? given : locked.Source;
                    new VendorLock(source, VendorLock.HashOf(vendorBytes)).Write(lockPath);
                    await stdout.WriteLineAsync($"{VendorLock.RelativePath} now locks {vendorPath}.");
                }
                else if (!parse.GetValue(noLock) && locked.Mismatch(vendorBytes, vendorPath) is { } mismatch)
                {
                    await stderr.WriteLineAsync($"error: {mismatch}");
                    return VendorChanged;
                }

                var spec = SpecImporter.Import(ImportInputs.FromRepository(root, new InputFile(vendorPath, SpecImporter.DecodeUtf8(vendorBytes))));
                if (parse.GetValue(check))
                {
                    var current = File.Exists(outPath) ? await File.ReadAllTextAsync(outPath, cancellationToken) : "";
                    if (current == spec) { await stdout.WriteLineAsync($"{outPath} is up to date."); return 0; }
                    await stderr.WriteLineAsync($"{outPath} differs from a fresh import of {vendorPath} with spec/overlays and spec/docs; run the import verb.");
                    return 1;
                }
                await File.WriteAllTextAsync(outPath, spec, CanonicalJson.Utf8, cancellationToken);
                await stdout.WriteLineAsync($"Wrote {outPath}.");
                return 0;
            }
            catch (Exception e) when (e is SpecImportException or OutsideRepositoryException or IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"import: {e.Message}");
                return SpecToolCli.UsageError;
            }
        });
        return command;
    }

    // The lock names its source relative to the repository (or as a URL).
    static string ResolveSource(string root, string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? source : Path.GetFullPath(Path.Combine(root, source));
}
