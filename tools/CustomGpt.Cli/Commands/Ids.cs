using System.CommandLine;

namespace CustomGpt.Cli.Commands;

/// <summary>The id arguments commands share, described once.</summary>
internal static class Ids
{
    public static Argument<int> Agent() => new("agent-id") { Description = "The agent's id (`customgpt agents list` shows yours)." };

    public static Argument<string> Session() => new("session-id") { Description = "The conversation's session id, a UUID (`customgpt conversations list <agent-id>` shows them)." };

    public static Argument<int> Of(string name, string description) => new(name) { Description = description };
}
