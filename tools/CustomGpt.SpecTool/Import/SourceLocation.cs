using Newtonsoft.Json;

namespace CustomGpt.SpecTool.Import;

/// <summary>A place in one of the import's inputs, for error messages: <c>spec/docs/Agents.yaml:12</c>.</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    /// <summary>The line of <paramref name="token"/> in <paramref name="file"/>, when the token was read with line information.</summary>
    public static SourceLocation Of(string file, IJsonLineInfo? token) =>
        new(file, token is { } info && info.HasLineInfo() ? info.LineNumber : 0);

    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
