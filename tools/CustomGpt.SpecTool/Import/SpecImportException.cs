namespace CustomGpt.SpecTool.Import;

/// <summary>The vendor document and the overlay cannot be combined into our spec; the message says where and why.</summary>
public sealed class SpecImportException(string message) : Exception(message);
