namespace CustomGpt.SpecTool;

/// <summary>The <c>verify</c> verb (placeholder until the recordings check lands).</summary>
public static class VerifyCommand
{
    /// <summary>Runs the verb.</summary>
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("verify: not implemented yet.");
        return Task.FromResult(2);
    }
}
