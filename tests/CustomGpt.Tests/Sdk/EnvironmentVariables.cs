namespace CustomGpt.Tests.Sdk;

/// <summary>Tests that read or write process environment variables run one at a time.</summary>
[CollectionDefinition(nameof(EnvironmentVariables), DisableParallelization = true)]
public sealed class EnvironmentVariables
{
    /// <summary>Runs <paramref name="action"/> with the SDK's two variables set as given (null: unset), then puts them back.</summary>
    public static void With(string? key, string? baseUrl, Action action)
    {
        var (oldKey, oldUrl) = (Environment.GetEnvironmentVariable(CustomGptClientOptions.ApiKeyVariable), Environment.GetEnvironmentVariable(CustomGptClientOptions.BaseUrlVariable));
        Environment.SetEnvironmentVariable(CustomGptClientOptions.ApiKeyVariable, key);
        Environment.SetEnvironmentVariable(CustomGptClientOptions.BaseUrlVariable, baseUrl);
        try
        {
            action();
        }
        finally
        {
            Environment.SetEnvironmentVariable(CustomGptClientOptions.ApiKeyVariable, oldKey);
            Environment.SetEnvironmentVariable(CustomGptClientOptions.BaseUrlVariable, oldUrl);
        }
    }
}
