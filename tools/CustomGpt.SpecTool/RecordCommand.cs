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
    /// <summary>Runs the verb on the console.</summary>
    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.In, Console.Out, Console.Error));

    /// <summary>Runs the verb; recording stops when <paramref name="input"/> gives a line or ends.</summary>
    public static int Run(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        var line = CommandLine.Parse(args);
        var target = line.Get("target", "");
        var outFolder = line.Get("out", "");
        if (!Uri.TryCreate(target, UriKind.Absolute, out var targetUri) || outFolder.Length == 0 || !int.TryParse(line.Get("port", "0"), out var port))
        {
            error.WriteLine("usage: CustomGpt.SpecTool record --target <base url> --out <folder> [--port N] [--spec PATH]");
            return 2;
        }
        var spec = SpecContract.Load(line.Get("spec", Path.Combine(RepositoryRoot.Find(), "spec", "customgpt.openapi.json")));
        using var recorder = Recorder.Start(targetUri, port);
        output.WriteLine($"Recording {targetUri.Host}: point the SDK at {recorder.Url} (e.g. CUSTOMGPT_BASE_URL={recorder.Url}), then press Enter.");
        input.ReadLine();

        var result = new RecordingWriter(spec, outFolder, targetUri.Host).Write(recorder.Recorded());
        foreach (var file in result.Written) output.WriteLine($"wrote {file}");
        foreach (var skipped in result.Skipped) error.WriteLine($"not written: {skipped}");
        return result.Written.Count > 0 ? 0 : 1;
    }
}
