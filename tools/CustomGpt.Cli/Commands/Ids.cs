using System.CommandLine;
using System.Globalization;

namespace CustomGpt.Cli.Commands;

/// <summary>The id arguments commands share, described once, each refusing a non-number in plain words.</summary>
internal static class Ids
{
    public static Argument<int> Agent() => Of("agent-id", "The agent's id (`customgpt agents list` shows yours).");

    public static Argument<string> Session() => new("session-id") { Description = "The conversation's session id, a UUID (`customgpt conversations list <agent-id>` shows them)." };

    public static Argument<int> Of(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return id;
            // "agent-id" reads "agent id must be a number".
            result.AddError($"{name.Replace('-', ' ')} must be a number, got '{text}'");
            return 0;
        },
    };
}
