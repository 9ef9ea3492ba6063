namespace CustomGpt.SpecTool.Import;

/// <summary>The vendor document and our overlays and docs cannot be combined into our spec; the message says where and why.</summary>
public sealed class SpecImportException(string message) : Exception(message);
