namespace CustomGpt.ContractTests.Faults;

/// <summary>One cell of the matrix: a fault staged for one call.</summary>
public sealed record FaultCase(Fault Fault, FaultTarget Target)
{
    /// <summary>The path prefix of the case's base URL: every case has paths of its own on the one server.</summary>
    public string Prefix => $"/{Fault}/{Target.Name}";

    public override string ToString() => $"{Fault} × {Target.Name}";
}
