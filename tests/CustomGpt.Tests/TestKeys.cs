namespace CustomGpt.Tests;

/// <summary>The fake credential every test uses; never a real key.</summary>
internal static class TestKeys
{
    public const string ApiKey = "1234|fake-test-key-0000000000000000";
}
