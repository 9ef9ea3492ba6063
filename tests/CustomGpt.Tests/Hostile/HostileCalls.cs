namespace CustomGpt.Tests.Hostile;

/// <summary>
/// The only place the hostile tests touch the SDK's public surface: the entry point and the handful
/// of calls they make (a read, a create, an upload, a streamed answer, a file download). When a method
/// or parameter is renamed, this file changes and the tests do not.
/// </summary>
internal static class HostileCalls
{
    public const string SuccessJson = """{"status":"success","data":{"id":1,"project_name":"Docs"}}""";

    /// <summary>The SDK pointed at <paramref name="server"/> with the fake key; <paramref name="configure"/> sets limits.</summary>
    public static CustomGptClient Client(HostileServer server, Action<CustomGptClientOptions>? configure = null, HttpClient? httpClient = null) =>
        Client(server.BaseUrl, configure, httpClient);

    public static CustomGptClient Client(Uri baseUrl, Action<CustomGptClientOptions>? configure = null, HttpClient? httpClient = null)
    {
        var options = Options(baseUrl);
        configure?.Invoke(options);
        return new CustomGptClient(options, httpClient);
    }

    public static CustomGptClientOptions Options(Uri baseUrl) => new()
    {
        ApiKey = TestKeys.ApiKey,
        BaseUrl = baseUrl,
        Retry = new CustomGptRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(100) },
    };

    /// <summary>A read (GET) of agent 1.</summary>
    public static async Task<int?> ReadAsync(CustomGptClient client, CancellationToken cancellationToken = default) =>
        (await client.Agents.GetAsync(1, cancellationToken: cancellationToken)).Id;

    public const string ReadPath = "/api/v1/projects/1";

    /// <summary>A POST with a small JSON-free body: replicating agent 1.</summary>
    public static async Task<int?> CreateAsync(CustomGptClient client, CancellationToken cancellationToken = default) =>
        (await client.Agents.ReplicateAsync(1, cancellationToken)).Id;

    /// <summary>A multipart POST streaming <paramref name="data"/> as the file of a new agent.</summary>
    public static async Task<int?> UploadAsync(CustomGptClient client, Stream data, CancellationToken cancellationToken = default)
    {
        using var file = new FileParameter(data, "handbook.bin", "application/octet-stream");
        return (await client.Agents.CreateAsync(new CreateAgentRequest { ProjectName = "Docs", File = file }, cancellationToken)).Id;
    }

    /// <summary>A streamed answer read to its end; returns the events' messages.</summary>
    public static async Task<List<string?>> StreamAsync(CustomGptClient client, CancellationToken cancellationToken = default)
    {
        var messages = new List<string?>();
        await foreach (var e in client.Conversations.SendMessageStreamAsync(1, "s", new SendMessageRequest { Prompt = "Hi" }, cancellationToken))
            messages.Add(e.Message);
        return messages;
    }

    /// <summary>A page preview, its bytes read to the end.</summary>
    public static async Task<long> PreviewAsync(CustomGptClient client, CancellationToken cancellationToken = default)
    {
        using var preview = await client.Pages.PreviewAsync(1, cancellationToken);
        var buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = await preview.Stream.ReadAsync(buffer, cancellationToken)) > 0) total += read;
        return total;
    }

    /// <summary>One data-only event on the wire.</summary>
    public static string Event(string status, string message = "") => $"data: {{\"status\":\"{status}\",\"message\":\"{message}\"}}\n\n";
}
