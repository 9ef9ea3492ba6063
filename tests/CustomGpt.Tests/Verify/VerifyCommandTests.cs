using CustomGpt.SpecTool;

namespace CustomGpt.Tests.Verify;

/// <summary>The verify verb: exit code and report, on the checked-in recordings and on broken ones.</summary>
public sealed class VerifyCommandTests : IDisposable
{
    readonly RecordingsFolder _folder = new();

    static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = VerifyCommand.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_checked_in_recordings_fit_the_spec()
    {
        var (exit, output, _) = Run("--spec", RepoFiles.Spec, "--recordings", Path.Combine(RepoFiles.Root, "spec", "recordings"));
        Assert.True(exit == 0, output);
        Assert.Contains("every recorded response fits the spec", output);
    }

    [Fact]
    public void A_departure_fails_with_file_pointer_expected_and_found()
    {
        _folder.Add("Agents_GetStats", "broken", 200, """{ "status": "success", "data": { "pages_found": true } }""");
        var (exit, output, _) = Run("--spec", RepoFiles.Spec, "--recordings", _folder.Path);
        Assert.Equal(1, exit);
        Assert.Contains("FAIL   Agents/Agents_GetStats.broken.json /data/pages_found: expected an integer, found boolean true", output);
    }

    [Fact]
    public void A_misplaced_recording_cannot_be_read()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "Users"));
        File.WriteAllText(Path.Combine(_folder.Path, "Users", "Agents_Get.success.json"), "{}");
        var (exit, _, error) = Run("--spec", RepoFiles.Spec, "--recordings", _folder.Path);
        Assert.Equal(2, exit);
        Assert.Contains("belongs in the folder Agents/", error);
    }

    [Fact]
    public void A_missing_spec_cannot_be_read() => Assert.Equal(2, Run("--spec", Path.Combine(_folder.Path, "none.json"), "--recordings", _folder.Path).Exit);

    public void Dispose() => _folder.Dispose();
}
