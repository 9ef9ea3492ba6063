namespace CustomGpt.SpecTool;

/// <summary>The <c>diff</c> verb (placeholder until the drift tool lands).</summary>
public static class DiffCommand
{
    /// <summary>Runs the verb.</summary>
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("diff: not implemented yet.");
        return Task.FromResult(2);
    }
}
