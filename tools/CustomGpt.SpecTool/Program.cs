using CustomGpt.SpecTool;
using CustomGpt.SpecTool.Import;

// CustomGpt.SpecTool <verb> ...: import (vendor document + our overlays and docs -> our spec), diff (breaking
// changes between two documents), verify (recorded exchanges against our spec).
try
{
    return args.FirstOrDefault() switch
    {
        "import" => await ImportCommand.RunAsync(CommandLine.Parse(args.Skip(1))),
        "diff" => await DiffCommand.RunAsync(args.Skip(1).ToArray()),
        "verify" => await VerifyCommand.RunAsync(args.Skip(1).ToArray()),
        "record" => await RecordCommand.RunAsync(args.Skip(1).ToArray()),
        _ => Usage(),
    };
}
catch (SpecImportException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: CustomGpt.SpecTool import [--vendor PATH|URL] [--out PATH] [--check] [--update-lock | --no-lock]
               CustomGpt.SpecTool diff <old> <new> [--format text|json|markdown] [--fail-on breaking|warning|info]
               CustomGpt.SpecTool verify [--spec PATH] [--recordings DIR] [--strict]
               CustomGpt.SpecTool record --target URL --out DIR [--port N] [--spec PATH]
          import   vendor OpenAPI document (default: the source of spec/vendor.lock.json) + spec/overlays/corrections.json
                   + spec/overlays/names.json + spec/docs/*.yaml -> spec/customgpt.openapi.json
                   --check compares instead of writing (exit 1 when the file is out of date)
                   exit 3 when the document's SHA-256 is not the locked one: --update-lock records the new hash,
                   --no-lock imports it without doing so (to compare a new vendor document with ours)
          diff     contract-level changes between two OpenAPI documents, with severities
          verify   recorded responses in spec/recordings against the schemas of spec/customgpt.openapi.json
                   --strict also fails the API looseness the verifier accepts by rule (0/1 booleans)
          record   a loopback proxy to URL that writes the exchanges, keys redacted, as recordings into DIR
        """);
    return 2;
}
