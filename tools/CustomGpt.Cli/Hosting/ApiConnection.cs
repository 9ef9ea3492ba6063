using CustomGpt.Cli.Output;
using CustomGpt.Cli.Sandbox;

namespace CustomGpt.Cli.Hosting;

/// <summary>
/// The SDK client a command talks through: to the real API when <c>CUSTOMGPT_API_KEY</c> is set,
/// otherwise (or with <c>--sandbox</c>) to the embedded sandbox, which it starts and stops.
/// </summary>
internal sealed class ApiConnection(CustomGptClient client, Uri baseUrl, bool isSandbox, SandboxServer? ownSandbox, HttpClient? httpClient) : IDisposable
{
    static readonly string UserAgent = "customgpt-cli/" + typeof(ApiConnection).Assembly.GetName().Version?.ToString(3);

    /// <summary>The SDK.</summary>
    public CustomGptClient Client { get; } = client;

    /// <summary>Where the SDK sends requests.</summary>
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>Whether the answers come from the sandbox.</summary>
    public bool IsSandbox { get; } = isSandbox;

    /// <summary>Connects as the environment and the options say, telling the person on stderr when it is the sandbox.</summary>
    public static ApiConnection Open(CliHost host, bool forceSandbox, Uri? baseUrlOption, bool verbose, CliOutput output)
    {
        var key = host.Environment(CustomGptClientOptions.ApiKeyVariable);
        var useSandbox = forceSandbox || string.IsNullOrWhiteSpace(key);
        SandboxServer? ownSandbox = null;
        Uri baseUrl;
        if (useSandbox)
        {
            var sandbox = host.SharedSandbox ?? (ownSandbox = SandboxServer.Start());
            baseUrl = sandbox.Url;
            key = SandboxServer.ApiKey;
            output.Notice(forceSandbox
                ? $"Sandbox (--sandbox): recorded answers from spec/recordings, served on {baseUrl}. Leave out --sandbox to use the real API."
                : $"Sandbox: no {CustomGptClientOptions.ApiKeyVariable} is set, so recorded answers from spec/recordings are served on {baseUrl}. Set {CustomGptClientOptions.ApiKeyVariable} to use the real API.");
        }
        else
        {
            baseUrl = baseUrlOption ?? BaseUrlFromEnvironment(host) ?? CustomGptClientOptions.DefaultBaseUrl;
        }

        // Our own HTTP client only to log requests; otherwise the SDK's default network stack.
        var httpClient = verbose ? new HttpClient(new RequestLog(output)) { Timeout = Timeout.InfiniteTimeSpan } : null;
        try
        {
            var options = new CustomGptClientOptions { ApiKey = key, BaseUrl = baseUrl, UserAgentSuffix = UserAgent };
            return new ApiConnection(new CustomGptClient(options, httpClient), baseUrl, useSandbox, ownSandbox, httpClient);
        }
        catch
        {
            httpClient?.Dispose();
            ownSandbox?.Dispose();
            throw;
        }
    }

    // The SDK reads the process environment itself; the CLI reads the host's, so tests can give their own.
    static Uri? BaseUrlFromEnvironment(CliHost host)
    {
        var text = host.Environment(CustomGptClientOptions.BaseUrlVariable);
        if (string.IsNullOrWhiteSpace(text)) return null;
        return Uri.TryCreate(text, UriKind.Absolute, out var url)
            ? url
            : throw new CliUsageException($"{CustomGptClientOptions.BaseUrlVariable} is not an absolute URL: set it like https://app.customgpt.ai/ or unset it.");
    }

    /// <summary>Closes the SDK, our HTTP client and a sandbox this connection started.</summary>
    public void Dispose()
    {
        Client.Dispose();
        httpClient?.Dispose();
        ownSandbox?.Dispose();
    }
}
