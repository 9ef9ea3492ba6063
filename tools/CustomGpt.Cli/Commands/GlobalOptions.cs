using System.CommandLine;

namespace CustomGpt.Cli.Commands;

/// <summary>The options every command takes.</summary>
internal sealed class GlobalOptions
{
    public Option<bool> Json { get; } = new("--json") { Description = "Print results as JSON (for scripts) instead of tables.", Recursive = true };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Show each request and the full details of an error.", Recursive = true };

    public Option<bool> Sandbox { get; } = new("--sandbox") { Description = "Answer from the embedded sandbox of recorded exchanges, even when CUSTOMGPT_API_KEY is set.", Recursive = true };

    public Option<Uri?> BaseUrl { get; } = new("--base-url")
    {
        Description = "The API's base URL (default: CUSTOMGPT_BASE_URL, else https://app.customgpt.ai/).",
        Recursive = true,
        HelpName = "url",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var url)) return url;
            result.AddError($"--base-url needs an absolute URL such as https://app.customgpt.ai/, not '{text}'.");
            return null;
        },
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Json);
        root.Options.Add(Verbose);
        root.Options.Add(Sandbox);
        root.Options.Add(BaseUrl);
    }
}
