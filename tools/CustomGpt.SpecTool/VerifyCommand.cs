using System.CommandLine;
using CustomGpt.SpecTool.Verify;

namespace CustomGpt.SpecTool;

/// <summary>
/// The <c>verify</c> verb: every recorded response in <c>spec/recordings</c> against the response
/// schema of its operation and status in <c>spec/customgpt.openapi.json</c>. Exit 0 when all fit,
/// 1 when one does not, 2 when the spec or a recording cannot be read.
/// </summary>
public static class VerifyCommand
{
    /// <summary>Runs the verb writing the report to <paramref name="output"/> and problems to <paramref name="error"/>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) =>
        SpecToolCli.RunVerbAsync(Create(), args, output, error).GetAwaiter().GetResult();

    /// <summary>The verb's command.</summary>
    public static Command Create()
    {
        var spec = new Option<string?>("--spec") { Description = "The OpenAPI document (default in the repository: spec/customgpt.openapi.json).", HelpName = "path" };
        var recordings = new Option<string?>("--recordings") { Description = "The folder of WireMock.Net mapping files (default in the repository: spec/recordings).", HelpName = "folder" };
        var strict = new Option<bool>("--strict") { Description = "Also fail the API looseness the verifier accepts by rule (0/1 booleans)." };
        var command = new Command("verify", "Checks recorded responses against the response schemas of the spec.") { spec, recordings, strict };
        command.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            try
            {
                var specPath = RepositoryRoot.PathOption(parse.GetValue(spec), "--spec", root => Path.Combine(root, "spec", "customgpt.openapi.json"));
                var recordingsPath = RepositoryRoot.PathOption(parse.GetValue(recordings), "--recordings", root => Path.Combine(root, "spec", "recordings"));
                var report = RecordingsVerifier.Run(SpecContract.Load(specPath), recordingsPath, strict: parse.GetValue(strict));
                var here = RepositoryRoot.Find();
                output.Write(report.Render(Path.GetRelativePath(here, specPath), Path.GetRelativePath(here, recordingsPath)));
                return report.Passed ? 0 : 1;
            }
            catch (Exception e) when (e is RecordingException or Import.SpecImportException or OutsideRepositoryException)
            {
                error.WriteLine($"verify: {e.Message}");
                return SpecToolCli.UsageError;
            }
        });
        return command;
    }
}
