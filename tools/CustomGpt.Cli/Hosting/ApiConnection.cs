using CustomGpt.Cli.Output;
using CustomGpt.Cli.Sandbox;

namespace CustomGpt.Cli.Hosting;

/// <summary>
/// The SDK client a command talks through: to the real API when <c>CUSTOMGPT_API_KEY</c> is set,
/// otherwise (or with <c>--sandbox</c>) to the embedded sandbox, which it starts and stops.
/// </summary>
internal sealed class ApiConnection(CustomGptClient client, Uri baseUrl, bool isSandbox, SandboxServer? ownSandbox, HttpClient? httpClient, SandboxDifferences? differences) : IDisposable
{
    static readonly string UserAgent = "customgpt-cli/" + typeof(ApiConnection).Assembly.GetName().Version?.ToString(3);

    /// <summary>The SDK.</summary>
    public CustomGptClient Client { get; } = client;

    /// <summary>Where the SDK sends requests.</summary>
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>Whether the answers come from the sandbox.</summary>
    public bool IsSandbox { get; } = isSandbox;

    /// <summary>In the sandbox, the recorded values shown instead of the ones given.</summary>
    public SandboxDifferences? Differences { get; } = differences;

    /// <summary>Connects as the environment and the options say, telling the person on stderr when it is the sandbox.</summary>
    public static ApiConnection Open(CliHost host, bool forceSandbox, Uri? baseUrlOption, bool verbose, CliOutput output)
    {
        var key = host.Environment(CustomGptClientOptions.ApiKeyVariable);
        var useSandbox = forceSandbox || string.IsNullOrWhiteSpace(key);
        if (baseUrlOption is not null && forceSandbox)
            throw new CliUsageException("--sandbox serves recorded answers on a loopback address of its own, so --base-url has nothing to point at: leave out one of them.");
        if (baseUrlOption is not null && useSandbox)
            throw new CliUsageException($"--base-url {baseUrlOption} needs an API key: set {CustomGptClientOptions.ApiKeyVariable} to call that server, or use --sandbox instead of --base-url for the recorded answers.");

        SandboxServer? ownSandbox = null;
        Uri baseUrl;
        if (useSandbox)
        {
            var sandbox = host.SharedSandbox ?? (ownSandbox = SandboxServer.Start());
            baseUrl = sandbox.Url;
            key = SandboxServer.ApiKey;
            output.Notice(SandboxNotice(host, forceSandbox, baseUrl));
        }
        else
        {
            baseUrl = baseUrlOption ?? BaseUrlFromEnvironment(host) ?? CustomGptClientOptions.DefaultBaseUrl;
        }

        var httpClient = HttpStack(useSandbox, verbose, output, out var differences);
        try
        {
            var options = new CustomGptClientOptions { ApiKey = key, BaseUrl = baseUrl, UserAgentSuffix = UserAgent };
            return new ApiConnection(new CustomGptClient(options, httpClient), baseUrl, useSandbox, ownSandbox, httpClient, differences);
        }
        catch
        {
            httpClient?.Dispose();
            ownSandbox?.Dispose();
            throw;
        }
    }

    // Our own HTTP stack only for what the CLI adds to the SDK's; otherwise (null) the SDK's default one.
    static HttpClient? HttpStack(bool sandbox, bool verbose, CliOutput output, out SandboxDifferences? differences)
    {
        differences = null;
        if (!sandbox && !verbose && output.Waiting is null) return null;
        HttpMessageHandler handler = new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All };
        if (sandbox) handler = differences = new SandboxDifferences(handler);
        if (output.Waiting is { } waiting) handler = new WaitingHandler(waiting, handler);
        if (verbose) handler = new RequestLog(output, handler);
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    static string SandboxNotice(CliHost host, bool forced, Uri url)
    {
        const string Examples = "the answers are recorded examples from spec/recordings, not your account's data";
        if (forced) return $"Sandbox (--sandbox): {Examples}, served on {url}. Leave out --sandbox to use the real API.";
        // A base URL set for the real API means nothing to the sandbox: say so rather than drop it unseen.
        var ignored = string.IsNullOrWhiteSpace(host.Environment(CustomGptClientOptions.BaseUrlVariable))
            ? ""
            : $" {CustomGptClientOptions.BaseUrlVariable} is ignored until then.";
        return $"Sandbox: no {CustomGptClientOptions.ApiKeyVariable} is set, so {Examples}, served on {url}. Set {CustomGptClientOptions.ApiKeyVariable} to use the real API.{ignored}";
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
