using CustomGpt.SpecTool;
using CustomGpt.SpecTool.Import;

// customgpt-spec import [--vendor PATH|URL] [--overlay PATH] [--out PATH] [--check]
try
{
    return args.FirstOrDefault() switch
    {
        "import" => await ImportCommand.RunAsync(CommandLine.Parse(args.Skip(1))),
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
        usage: CustomGpt.SpecTool import [--vendor PATH|URL] [--overlay PATH] [--out PATH] [--check]
          import   vendor OpenAPI document + spec/overlay.json -> spec/customgpt.openapi.json
                   --check compares instead of writing (exit 1 when the file is out of date)
        """);
    return 2;
}
