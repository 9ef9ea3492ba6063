namespace CustomGpt.SpecTool.Verify;

/// <summary>A recording (or the spec it is checked against) cannot be read.</summary>
public sealed class RecordingException(string message) : Exception(message);
