namespace CustomGpt.ContractTests.Calls;

/// <summary>The ids a contract call addresses: those of the recordings, or ones found on a live server.</summary>
public sealed record ContractIds(int Agent, string Session, int Message, int Page, int Citation, int License, int Source)
{
    /// <summary>The ids every recording uses.</summary>
    public static ContractIds Recorded { get; } = new(1042, "9a4d3c1e-7b2f-4e8a-b6d0-3f5c2a1e8d47", 88131, 557231, 30412, 871, 2210);
}
