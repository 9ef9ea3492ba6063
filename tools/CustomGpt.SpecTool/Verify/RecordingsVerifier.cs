namespace CustomGpt.SpecTool.Verify;

/// <summary>Checks every recording of a folder against the spec.</summary>
public static class RecordingsVerifier
{
    /// <summary>The report for all recordings under <paramref name="recordingsFolder"/>.</summary>
    /// <exception cref="RecordingException">The spec or a recording cannot be read.</exception>
    public static VerifyReport Run(SpecContract spec, string recordingsFolder, bool strict = false)
    {
        var verifier = new ResponseVerifier(spec, strict);
        var files = RecordingFile.LoadAll(recordingsFolder);
        var findings = new List<Finding>();
        var responses = 0;
        foreach (var file in files)
        foreach (var exchange in file.Exchanges)
        {
            responses++;
            findings.AddRange(verifier.Verify(file.OperationId, exchange));
        }
        return new VerifyReport(files.Count, responses, findings);
    }
}
