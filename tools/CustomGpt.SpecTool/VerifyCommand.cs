using CustomGpt.SpecTool.Verify;

namespace CustomGpt.SpecTool;

/// <summary>
/// The <c>verify</c> verb: every recorded response in <c>spec/recordings</c> against the response
/// schema of its operation and status in <c>spec/customgpt.openapi.json</c>. Exit 0 when all fit,
/// 1 when one does not, 2 when the spec or a recording cannot be read.
/// </summary>
public static class VerifyCommand
{
    /// <summary>Runs the verb on the console.</summary>
    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    /// <summary>Runs the verb writing the report to <paramref name="output"/> and problems to <paramref name="error"/>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var root = RepositoryRoot.Find();
        try
        {
            var line = CommandLine.Parse(args);
            var specPath = line.Get("spec", Path.Combine(root, "spec", "customgpt.openapi.json"));
            var recordings = line.Get("recordings", Path.Combine(root, "spec", "recordings"));
            var report = RecordingsVerifier.Run(SpecContract.Load(specPath), recordings, strict: line.Has("strict"));
            output.Write(report.Render(Path.GetRelativePath(root, specPath), Path.GetRelativePath(root, recordings)));
            return report.Passed ? 0 : 1;
        }
        catch (Exception e) when (e is RecordingException or Import.SpecImportException)
        {
            error.WriteLine($"verify: {e.Message}");
            return 2;
        }
    }
}
