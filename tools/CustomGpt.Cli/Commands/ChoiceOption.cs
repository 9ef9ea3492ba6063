using System.CommandLine;
using CustomGpt.Cli.Output;

namespace CustomGpt.Cli.Commands;

/// <summary>An option whose value is one of an SDK enum's values, written as the API writes it (<c>--model gpt-4o-mini</c>).</summary>
internal static class ChoiceOption
{
    public static Option<T?> Create<T>(string name, string description) where T : struct, Enum
    {
        var words = ApiWords.All<T>();
        var option = new Option<T?>(name)
        {
            Description = description,
            HelpName = string.Join("|", words),
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (ApiWords.TryParse<T>(text, out var value)) return value;
                result.AddError($"{name} takes one of {string.Join(", ", words)}; not '{text}'.");
                return null;
            },
        };
        option.CompletionSources.Add(words.ToArray());
        return option;
    }
}
