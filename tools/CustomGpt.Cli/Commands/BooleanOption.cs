using System.CommandLine;

namespace CustomGpt.Cli.Commands;

/// <summary>An option that takes <c>true</c> or <c>false</c>, and says so when given anything else.</summary>
internal static class BooleanOption
{
    public static Option<bool?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "true|false",
        CustomParser = result =>
        {
            // Alone, the option means true; the parser leaves a following word that is no boolean to UsageErrors.
            if (result.Tokens.Count == 0) return true;
            var text = result.Tokens.Single().Value;
            if (bool.TryParse(text, out var value)) return value;
            result.AddError($"{name} takes true or false, got '{text}'");
            return null;
        },
    };
}
