namespace CustomGpt.Cli.Output;

/// <summary>A column of a table of <typeparamref name="T"/>: its heading and the value it shows.</summary>
internal sealed record Column<T>(string Heading, Func<T, object?> Value);
