namespace CustomGpt.SpecTool.Diff;

/// <summary>A document cannot be compared (unreadable, not OpenAPI 3, a broken <c>$ref</c>); the message says which file and where.</summary>
public sealed class SpecDiffException(string message) : Exception(message);
