namespace CustomGpt.SpecTool.Diff;

/// <summary>One kind of change the diff reports: a stable id (for filters and CI), its severity and what it means.</summary>
/// <param name="Id">Kebab-case identifier; never renamed once published.</param>
/// <param name="Severity">The severity every change of this kind carries.</param>
/// <param name="Meaning">One sentence saying what was detected.</param>
public sealed record DiffRule(string Id, Severity Severity, string Meaning);
