namespace CustomGpt.SpecTool.Diff;

/// <summary>One kind of change the diff reports: a stable id (for filters and CI), its two axes and what it means.</summary>
/// <param name="Id">Kebab-case identifier; never renamed once published.</param>
/// <param name="Severity">The wire severity every change of this kind carries: does an existing client still work?</param>
/// <param name="Meaning">One sentence saying what was detected, and why it weighs what it weighs.</param>
/// <param name="Surface">What regenerating the SDK does to its public API, unless a change says otherwise (a format that maps to another C# type).</param>
/// <param name="Oasdiff">The id of the oasdiff check that detects the same change, where there is one.</param>
public sealed record DiffRule(string Id, Severity Severity, string Meaning, Surface Surface = Surface.None, string? Oasdiff = null);
