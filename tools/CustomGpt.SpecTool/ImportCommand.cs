using System.CommandLine;
using CustomGpt.SpecTool.Import;

namespace CustomGpt.SpecTool;

/// <summary>The <c>import</c> verb: writes (or with --check, verifies) spec/customgpt.openapi.json.</summary>
public static class ImportCommand
{
    /// <summary>The verb's command: exit 0 on success, 1 when --check finds the spec out of date, 2 on bad input.</summary>
    public static Command Create()
    {
        var vendor = new Option<string?>("--vendor") { Description = "The vendor's OpenAPI document, a path or an http(s) URL (default in the repository: ../shared/customgpt/openapi.json).", HelpName = "path|url" };
        var overlay = new Option<string?>("--overlay") { Description = "Our overlay (default in the repository: spec/overlay.json).", HelpName = "path" };
        var output = new Option<string?>("--out") { Description = "Where to write the spec (default in the repository: spec/customgpt.openapi.json).", HelpName = "path" };
        var check = new Option<bool>("--check") { Description = "Compare with --out instead of writing; exit 1 when it is out of date." };
        var command = new Command("import", "Applies our overlay to the vendor's OpenAPI document and writes the spec the SDK is generated from.")
        {
            vendor, overlay, output, check,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            try
            {
                var vendorPath = RepositoryRoot.PathOption(parse.GetValue(vendor), "--vendor", RepositoryRoot.VendorDocument);
                var overlayPath = RepositoryRoot.PathOption(parse.GetValue(overlay), "--overlay", root => Path.Combine(root, "spec", "overlay.json"));
                var outPath = RepositoryRoot.PathOption(parse.GetValue(output), "--out", root => Path.Combine(root, "spec", "customgpt.openapi.json"));
                var spec = SpecImporter.Import(await SpecImporter.ReadSourceAsync(vendorPath, cancellationToken), await SpecImporter.ReadSourceAsync(overlayPath, cancellationToken));
                if (parse.GetValue(check))
                {
                    var current = File.Exists(outPath) ? await File.ReadAllTextAsync(outPath, cancellationToken) : "";
                    if (current == spec) { await stdout.WriteLineAsync($"{outPath} is up to date."); return 0; }
                    await stderr.WriteLineAsync($"{outPath} differs from a fresh import of {vendorPath} with {overlayPath}; run the import verb.");
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
}
