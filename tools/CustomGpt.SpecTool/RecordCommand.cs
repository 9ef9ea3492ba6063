using System.CommandLine;
using CustomGpt.SpecTool.Record;
using CustomGpt.SpecTool.Verify;

namespace CustomGpt.SpecTool;

/// <summary>
/// The <c>record</c> verb: a proxy on loopback to <c>--target</c> that records what the SDK (or any
/// client) sends through it, then, on Enter or end of input, writes the exchanges redacted into
/// <c>--out</c> in the layout of spec/recordings. Exit 0 when something was written, 1 when nothing
/// was, 2 on bad arguments.
/// </summary>
public static class RecordCommand
{
    /// <summary>Runs the verb; recording stops when <paramref name="input"/> gives a line or ends.</summary>
    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error) =>
        SpecToolCli.RunVerbAsync(Create(input), args, output, error).GetAwaiter().GetResult();

    /// <summary>The verb's command; recording stops when <paramref name="input"/> gives a line or ends.</summary>
    public static Command Create(TextReader input)
    {
        var target = new Option<Uri>("--target") { Description = "The API's base URL to proxy to.", Required = true, HelpName = "url" };
        var outFolder = new Option<string>("--out") { Description = "The folder to write the recordings into.", Required = true, HelpName = "folder" };
        var port = new Option<int>("--port") { Description = "The loopback port to listen on (default: any free one).", DefaultValueFactory = _ => 0 };
        var spec = new Option<string?>("--spec") { Description = "The OpenAPI document that names the operations (default in the repository: spec/customgpt.openapi.json).", HelpName = "path" };
        var command = new Command("record", "Runs a loopback proxy to --target and writes the exchanges, keys redacted, as recordings.") { target, outFolder, port, spec };
        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var targetUri = parse.GetValue(target)!;
            if (!targetUri.IsAbsoluteUri)
            {
                error.WriteLine("record: --target must be an absolute URL.");
                return SpecToolCli.UsageError;
            }
            SpecContract contract;
            try
            {
                contract = SpecContract.Load(RepositoryRoot.PathOption(parse.GetValue(spec), "--spec", root => Path.Combine(root, "spec", "customgpt.openapi.json")));
            }
            catch (Exception e) when (e is RecordingException or Import.SpecImportException or OutsideRepositoryException)
            {
                error.WriteLine($"record: {e.Message}");
                return SpecToolCli.UsageError;
            }
            using var recorder = Recorder.Start(targetUri, parse.GetValue(port));
            output.WriteLine($"Recording {targetUri.Host}: point the SDK at {recorder.Url} (e.g. CUSTOMGPT_BASE_URL={recorder.Url}), then press Enter.");
            input.ReadLine();

            var result = new RecordingWriter(contract, parse.GetValue(outFolder)!, targetUri.Host).Write(recorder.Recorded());
            foreach (var file in result.Written) output.WriteLine($"wrote {file}");
            foreach (var skipped in result.Skipped) error.WriteLine($"not written: {skipped}");
            return result.Written.Count > 0 ? 0 : 1;
        });
        return command;
    }
}
